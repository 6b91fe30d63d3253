#!/bin/sh
# A provisioner that carries out a drafted access change only through Countersign's approval gate.
#
#   provision.sh DRAFT.json APPROVAL.json TRUST.json
#
# DRAFT.json     the change to carry out, exactly as the assistant drafted and the approvers saw it
# APPROVAL.json  its approval bundle (countersign export --draft ID --out approval.json) or a decision pack
# TRUST.json     the approver keys this provisioner pins (countersign trust export --out trust.json)
#
# Environment:
#   COUNTERSIGN   the command that runs Countersign's command line (default: countersign-cli, as the
#                 app image installs it; the repository's ./countersign works too)
#   GATE_AT       replay: check as of this instant (ISO-8601) and only say what would have been
#                 applied; a replay never applies anything, so a stale setting cannot grant access
#   LEDGER        where applied line items are appended (default: ./applied.log), one line each:
#                 time, "applied", the line item, and the expiry the gate returned (empty: none)
#
# Exit 0 when the change was applied; 1 when the gate refused it (its reason codes on stderr);
# 2 when the inputs could not be read. Anything else the gate says, including its own failure to
# run, is a refusal: nothing is applied unless the gate exits 0.
set -u

[ $# -eq 3 ] || { echo "usage: provision.sh DRAFT.json APPROVAL.json TRUST.json" >&2; exit 2; }
draft=$1 approval=$2 trust=$3
countersign=${COUNTERSIGN:-countersign-cli}
ledger=${LEDGER:-applied.log}

set -- "$draft" --approval "$approval" --trust "$trust" --format json
[ -n "${GATE_AT:-}" ] && set -- "$@" --at "$GATE_AT"

verdict=$($countersign gate "$@")
status=$?
if [ "$status" -ne 0 ]; then
  echo "provision: not applied; the approval gate refused $draft (exit $status):" >&2
  printf '%s\n' "$verdict" | sed -n 's/^ *"code" : "\([A-Z_]*\)",*$/  \1/p' >&2
  [ "$status" -eq 2 ] && exit 2
  exit 1
fi

# The line items the gate allowed, each with the expiry to set (approve-reduced may shorten it):
# "item<TAB>expiresAt", the expiry empty where the access has none.
items=$(printf '%s\n' "$verdict" | awk -F'"' '
  /^ *"item" : /      { item = $4 }
  /^ *"expiresAt" : / { if (item != "") { print item "\t" ($3 ~ /null/ ? "" : $4); item = "" } }')
[ -n "$items" ] || { echo "provision: the gate allowed nothing to apply" >&2; exit 1; }
count=$(printf '%s\n' "$items" | wc -l | tr -d ' ')
if [ -n "${GATE_AT:-}" ]; then
  echo "provision: replay as of $GATE_AT: the gate would allow $count line item(s) of $draft; nothing applied"
  exit 0
fi

# Apply exactly these. A real provisioner calls its directory or cloud API here, once per line
# item, setting the expiry the gate returned; this example records them.
printf '%s\n' "$items" | while IFS="$(printf '\t')" read -r item until; do
  printf '%s\tapplied\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$item" "$until" >> "$ledger"
done
echo "provision: applied $count line item(s) of $draft"
