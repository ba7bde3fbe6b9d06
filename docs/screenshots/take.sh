#!/usr/bin/env bash
# Takes the screenshots in this folder from the real app on a virtual display, driven from the keyboard
# (mnemonics and Tab) with xdotool. Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
data=$(mktemp -d)
export DISPLAY=:${SCREENSHOT_DISPLAY:-99}

mvn -B -q -pl app -am -DskipTests install
mvn -B -q -pl app dependency:build-classpath -Dmdep.outputFile="$data/cp.txt" -Dmdep.includeScope=runtime

Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
CUSTODIAN_HOME="$data/home" java -cp "app/target/classes:$(cat "$data/cp.txt")" org.custodian.app.Launcher \
    >"$data/app.out" 2>&1 &
app=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
    window=$(xdotool search --name '^Custodian$' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.5
done
xdotool windowfocus "$window"
sleep 1
shot() { sleep "${2:-1.5}"; import -window "$window" "$out/$1.png"; sleep 0.5; }
type() { xdotool type --delay 35 "$1"; }

# First run: a synthetic team lead; the meter shows while the password is typed.
type "alex.lead"; xdotool key Tab; type "Alex Example"; xdotool key Tab; type "harbour lantern violet 42"
shot first-run
xdotool key Tab; type "harbour lantern violet 42"; xdotool key Return
shot home 6

# Users: add a synthetic agent through the form's mnemonics.
xdotool key alt+u; sleep 1
xdotool key alt+n; type "sam.agent"; xdotool key alt+m; type "Sam Sample"
xdotool key alt+l; type "copper meadow tram ticket"; xdotool key alt+c; type "copper meadow tram ticket"
xdotool key alt+t
shot users 3

xdotool key alt+a; sleep 1; xdotool key alt+v
shot audit 2
xdotool key alt+b
shot about

xdotool key alt+k
shot lock
type "harbour lantern violet 42"; xdotool key Return; sleep 2
xdotool key alt+o; sleep 1.5
type "sam.agent"
shot login
