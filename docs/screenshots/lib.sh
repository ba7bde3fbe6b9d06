# Shared by the take-*.sh scripts, which source it: builds the app and its classpath in the reactor (nothing is
# installed into the local repository), starts a virtual display on :$SCREENSHOT_DISPLAY (default
# $default_display), gives the app a fresh data directory, and offers small xdotool helpers.
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out=docs/screenshots
data=$(mktemp -d)
export DISPLAY=:${SCREENSHOT_DISPLAY:-${default_display:-96}}
export CUSTODIAN_HOME="$data/home"

mvn -B -q -o -pl app -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$data/cp.txt" \
    -Dmdep.includeScope=runtime

Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
app=
trap 'kill $app $xvfb 2>/dev/null || true' EXIT

# Starts the app and waits for its window ($window).
start_app() {
    java -cp "app/target/classes:$(cat "$data/cp.txt")" org.custodian.app.Launcher >>"$data/app.out" 2>&1 &
    app=$!
    window=
    for _ in $(seq 1 60); do
        window=$(xdotool search --name '^Custodian$' 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 0.5
    done
    xdotool windowfocus "$window"
    sleep 3
}
# shot NAME [WAIT]: the app's window; screen NAME [WAIT]: the screen around it (dialogs included).
shot() { sleep "${2:-1.5}"; import -window "$window" "$out/$1.png"; sleep 0.5; }
screen() { sleep "${2:-1.5}"; import -window root -crop 1120x740+80+20 "$out/$1.png"; sleep 0.5; }
type() { xdotool type --delay "${type_delay:-60}" "$1"; }
key() { xdotool key "$@"; sleep 0.6; }
click() { xdotool mousemove --window "$window" "$1" "$2" click 1; sleep 0.8; }
# nav LABEL: clicks a team lead's navigation entry. Entries are 40 px apart in Page order; pages without a
# mnemonic can only be reached this way, so this list is the one place to change when pages are added.
pages=("Intake" "Search" "Handovers" "Rights requests" "Audit" "Users" "Manage scripts" "Practice data" "Disclosures"
       "Breach register" "Import customers" "Retention" "Backups" "My password" "About")
nav() {
    local i
    for i in "${!pages[@]}"; do
        if [ "${pages[$i]}" = "$1" ]; then
            click 64 $((91 + 40 * i)); sleep 2
            return
        fi
    done
    echo "no navigation entry named $1" >&2
    return 1
}
