#!/usr/bin/env bash
# Takes the screenshots of the team leads' data pages (import with its validation report, retention, backups) from
# the real app on a virtual display, driven with xdotool. The customer list is fictional (Ofcom drama numbers).
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
set -euo pipefail
default_display=96
type_delay=40
source "$(dirname "$0")/lib.sh"

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

# The navigation has no mnemonics for these pages: they are clicked.
nav "Import customers"
key Tab; type "$data/customers.csv"
key Tab; key Tab; key Tab; key space
sleep 6
shot import 1
nav "Retention"
shot retention 1
nav "Backups"
shot backups 1
