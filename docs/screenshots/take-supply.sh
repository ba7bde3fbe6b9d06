#!/usr/bin/env bash
# Takes the supply screenshots (identity check, security question and logging the call on a record, the team leads'
# disclosure register, the handovers page, the identity check's settings) from the real app on a virtual display,
# driven with xdotool. The store holds fictional customers from the generator (Ofcom drama numbers, example.com
# emails), seeded so the record opened, and so every click's position, is the same each run. Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
set -euo pipefail
default_display=95
source "$(dirname "$0")/lib.sh"

start_app
type "alex.lead"; key Tab; type "Alex Example"; key Tab; type "harbour lantern violet 42"
key Tab; type "harbour lantern violet 42"; key Return
sleep 10
key alt+o; sleep 2
kill "$app"; wait "$app" 2>/dev/null || true

CUSTODIAN_USER=alex.lead CUSTODIAN_PASSWORD="harbour lantern violet 42" \
    mvn -B -q -o -Pgenerate -pl app -am -DskipTests verify -Dcustomers=2000 -Dseed=20261125 >"$data/generate.out"

start_app
type "alex.lead"; key Tab; type "harbour lantern violet 42"; key Return
sleep 8
key alt+s; sleep 1
type "smith"; sleep 3
key alt+r; key F4; key End; key Return
key alt+e
sleep 3
# Down to the identity check; the caller gets an answer wrong. (The seeded store makes the layout the same each run.)
xdotool mousemove --window "$window" 700 500
for _ in 1 2 3 4 5 6 7 8; do xdotool click 5; sleep 0.1; done
click 606 335; type "14/03/1980"
click 606 377; type "M1 1AE"
click 303 463; sleep 2
shot supply 1

# The security question is refused until the caller passes the check; the answer is masked as it is typed.
for _ in 1 2 3 4 5 6; do xdotool click 5; sleep 0.1; done
click 687 432; type "Name of your first school?"
click 687 472; type "Example Primary"
click 330 516; sleep 2
shot security-question 1

# The end of the call: logged in the interaction log, its actions written from what the record shows.
for _ in $(seq 1 21); do xdotool click 5; sleep 0.1; done
click 700 589; type "Asked why a statement had not arrived"
key shift+Tab; key F4; key Down; key Down; key Down; key Return
click 293 633; sleep 2
# the record lists the logged call at once; back up to show the log card and the list together
for _ in 1 2 3 4 5 6; do xdotool click 4; sleep 0.1; done
shot call-log 1

# The team leads' register (no mnemonic: the navigation is clicked), then the handovers queue.
key Escape; sleep 1
nav "Disclosures"
shot register 1
nav "Handovers"
shot handovers 1

# The team leads' choice of identity check, at the foot of the Users page.
nav "Users"
xdotool mousemove --window "$window" 700 500
for _ in $(seq 1 20); do xdotool click 5; sleep 0.1; done
click 248 643
shot identity-settings 1
