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
#   GATE_AT       check as of this instant instead of now (ISO-8601), for replaying a past run
#   LEDGER        where applied line items are appended (default: ./applied.log)
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

# Apply exactly the line items the gate allowed. A real provisioner calls its directory or cloud
# API here, once per line item, with the expiry the gate returned; this example records them.
items=$(printf '%s\n' "$verdict" | sed -n 's/^ *"item" : "\(.*\)",*$/\1/p')
[ -n "$items" ] || { echo "provision: the gate allowed nothing to apply" >&2; exit 1; }
printf '%s\n' "$items" | while IFS= read -r item; do
  printf '%s\tapplied\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$item" >> "$ledger"
done
echo "provision: applied $(printf '%s\n' "$items" | wc -l | tr -d ' ') line item(s) of $draft"
