#!/usr/bin/env bash
# Takes the search, record, correction and practice-data screenshots from the real app on a virtual display,
# driven from the keyboard with xdotool. The store is filled with fictional customers by the generator command
# (Ofcom drama numbers, example.com emails). Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
set -euo pipefail
default_display=96
source "$(dirname "$0")/lib.sh"

# First run as a synthetic team lead, then log out so the store is closed cleanly.
start_app
type "alex.lead"; key Tab; type "Alex Example"; key Tab; type "harbour lantern violet 42"
key Tab; type "harbour lantern violet 42"; key Return
sleep 10
key alt+o; sleep 2
kill "$app"; wait "$app" 2>/dev/null || true

# Fictional customers from the command line, as the README documents.
CUSTODIAN_USER=alex.lead CUSTODIAN_PASSWORD="harbour lantern violet 42" \
    mvn -B -q -o -Pgenerate -pl app -am -DskipTests verify -Dcustomers=20000 >"$data/generate.out"

start_app
type "alex.lead"; key Tab; type "harbour lantern violet 42"; key Return
sleep 8

# A misspelt surname as the caller says it; the closest first, with why looser matches matched.
key alt+s; sleep 1
type "john smiht"
shot search 3

# Open the first result for account management: everything but the name masked until revealed.
key alt+r; key F4; key End; key Return
key alt+e
sleep 2
shot record 2

# Correct the postcode, with a reason.
key alt+c; sleep 1
key alt+d; key Down Down Down Down; key Return
key alt+n; type "M1 1A"
screen correct 2
key Escape; sleep 1

key Escape; sleep 1
# Practice data has no mnemonic (its letters are taken on other pages): the navigation is clicked.
nav "Practice data"
shot practice 1
