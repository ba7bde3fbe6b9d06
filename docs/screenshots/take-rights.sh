#!/usr/bin/env bash
# Takes the screenshots of the rights requests, breach register and audit pages of a new store from the real app on
# a virtual display, driven with xdotool (first-run set-up as a synthetic team lead, then the navigation).
set -euo pipefail
default_display=94
source "$(dirname "$0")/lib.sh"

start_app
type "alex.lead"; key Tab; type "Alex Example"; key Tab; type "harbour lantern violet 42"
key Tab; type "harbour lantern violet 42"; key Return
sleep 10
nav "Rights requests"
shot rights 1
nav "Breach register"
shot breaches 1
nav "Audit"
shot audit 1
