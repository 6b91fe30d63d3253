# Sourced by build-image.sh and measure-startup.sh. need_display: keeps a usable DISPLAY, or
# starts Xvfb on a free display for the rest of the script (stopped by the caller's EXIT trap
# through stop_display). Returns 1 when there is neither.
countersign_xvfb_pid=
need_display() {
  if [ -n "${DISPLAY:-}" ] && { ! command -v xdpyinfo >/dev/null || xdpyinfo >/dev/null 2>&1; }; then
    return 0
  fi
  command -v Xvfb >/dev/null || return 1
  local fifo
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1920x1200x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  countersign_xvfb_pid=$!
  local number
  read -r number < "$fifo"
  rm -f "$fifo"
  [ -n "$number" ] || return 1
  export DISPLAY=":$number"
  echo "started Xvfb on $DISPLAY (pid $countersign_xvfb_pid)"
}
stop_display() {
  if [ -n "$countersign_xvfb_pid" ]; then
    kill "$countersign_xvfb_pid" 2>/dev/null || true
    countersign_xvfb_pid=
  fi
}
