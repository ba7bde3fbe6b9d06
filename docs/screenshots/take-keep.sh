#!/usr/bin/env bash
# Takes the screenshots of the team leads' data pages (import with its validation report, retention, backups) from
# the real app on a virtual display, driven with xdotool. The customer list is fictional (Ofcom drama numbers).
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
data=$(mktemp -d)
export DISPLAY=:${SCREENSHOT_DISPLAY:-96}
export CUSTODIAN_HOME="$data/home"

mvn -B -q -o -pl app -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$data/cp.txt" \
    -Dmdep.includeScope=runtime

Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
app=
trap 'kill $app $xvfb 2>/dev/null || true' EXIT

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
shot() { sleep "${2:-1.5}"; import -window "$window" "$out/$1.png"; sleep 0.5; }
type() { xdotool type --delay 40 "$1"; }
key() { xdotool key "$@"; sleep 0.6; }
click() { xdotool mousemove --window "$window" "$1" "$2" click 1; sleep 0.8; }

# A list for the default purpose (name, phone, postcode) with one row whose phone number is wrong.
cat >"$data/customers.csv" <<'CSV'
full_name,phone,postcode
Priya Shah,07700 900321,SW1A 1AA
Tom Example,07700 9006,EC1A 1BB
Ana Sample,07700 900777,M1 1AE
CSV

start_app
type "alex.lead"; key Tab; type "Alex Example"; key Tab; type "harbour lantern violet 42"
key Tab; type "harbour lantern violet 42"; key Return
sleep 10

# The navigation has no mnemonics for these pages: they are clicked (40 px apart, under Disclosures).
click 64 411; sleep 2
key Tab; type "$data/customers.csv"
key Tab; key Tab; key Tab; key space
sleep 6
shot import 1
click 64 451; sleep 2
shot retention 1
click 64 491; sleep 2
shot backups 1
