#!/usr/bin/env bash
# Takes the intake and scripts screenshots from the real app on a virtual display, driven from the keyboard
# alone with xdotool, as an agent on a call would. Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
# Synthetic people only: Sam Sample, an Ofcom drama number, example.com.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
data=$(mktemp -d)
export DISPLAY=:${SCREENSHOT_DISPLAY:-98}

# Built in the reactor (core from this checkout), without installing anything into the local repository.
mvn -B -q -o -pl app -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$data/cp.txt" \
    -Dmdep.includeScope=runtime

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
key() { xdotool key "$@"; sleep 0.6; }

# First run as a synthetic team lead; the Intake page opens.
type "alex.lead"; key Tab; type "Alex Example"; key Tab; type "harbour lantern violet 42"
key Tab; type "harbour lantern violet 42"; key Return
sleep 10

# Park a complaint call so the pick page shows a parked call and the note.
key alt+c; key Home Down Down Down; key Return
type "Sam Sample"; key alt+p
shot intake-pick 2

# Marketing preferences: consent first.
key alt+c; key Home Down Down Down Down; key Return
sleep 1; key space
shot intake-consent
key Return

# Details, with a phone number one digit short: the message under the field and the step's problems show.
type "Sam Sample"; key Tab; type "07700 90012"
shot intake-step
type "3"; key Return

# Channels: each Yes/No pair is one Tab stop; the arrow keys move within it. Email "no" skips the email step.
key space; key Tab; key Right; key space; key Tab; key Right; key space; key Tab; key space; key Return
type "Offers by phone and text"; key Tab; type "Recorded channel choices"; key alt+n
sleep 2; key space
shot intake-readback
key Return
shot intake-saved 2

key alt+g
shot scripts 2
