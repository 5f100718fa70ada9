#!/usr/bin/env bash
# Drives the real app window: starts a private X server (Xvfb) with a window manager (evilwm) and
# tauri-driver (which starts WebKitWebDriver, which starts the app), runs the node --test specs one at
# a time, then stops exactly the processes it started, by PID. Every run gets its own temporary home,
# config and databases.
#
#   tests/e2e/run.sh BIN                 the end-to-end specs (specs/*.test.mjs)
#   tests/e2e/run.sh BIN SPEC...         only these spec files (paths from the repository root)
#   tests/e2e/run.sh --screenshots BIN   regenerate docs/screenshots/ (screenshots/*.mjs)
#   E2E_X_TCP=1 tests/e2e/run.sh BIN     the same with the X server on TCP at 127.0.0.1 (the fallback
#                                        taken when its local socket refuses clients; see below)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

MODE=specs
if [ "${1:-}" = "--screenshots" ]; then MODE=screenshots; shift; fi
BIN=$(realpath "${1:?usage: tests/e2e/run.sh [--screenshots] path/to/safeplan-app}")
[ -x "$BIN" ] || { echo "e2e: no app binary at $BIN" >&2; exit 1; }
shift
SPECS=()
for spec in "$@"; do SPECS+=("$(realpath "$spec")"); done
[ ${#SPECS[@]} -gt 0 ] || SPECS=("$ROOT"/tests/e2e/specs/*.test.mjs)
command -v tauri-driver >/dev/null || { echo "e2e: tauri-driver missing (scripts/install-deps.sh installs it)" >&2; exit 1; }

WORK=$(mktemp -d -t safeplan-e2e.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  # An app left behind by a failed spec: only if that PID is still our binary (PIDs get reused).
  if [ -f "$WORK/app.pid" ]; then
    pid=$(cat "$WORK/app.pid")
    [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$BIN" ] && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Ports nobody else uses, so parallel runs do not clash (Xvfb picks its own free display below).
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
PORT=$(free_port)
NATIVE_PORT=$(free_port)

# The X server. -displayfd: Xvfb chooses a free display number and writes it once it is ready to
# accept clients; -noreset: a probing client's exit does not reset it under the next one.
#
# It is used once it answers a client (xprop). On a CI machine the window manager's connection to the
# local socket of an Xvfb that had reported itself ready was refused; should the local socket not answer
# (here, or for the WM below), the run says so, shows what it saw, and starts a second Xvfb listening on
# TCP on the loopback address instead, which every X client here (GTK, WebKit, xdotool, the WM) reaches
# through DISPLAY=127.0.0.1:N.
# E2E_X_TCP=1 takes that way from the start (to test it).
XVFB_PID=""
start_xvfb() {
  : >"$WORK/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -noreset "$@" 3>"$WORK/display" >>"$WORK/xvfb.log" 2>&1 &
  XVFB_PID=$!
  PIDS+=("$XVFB_PID")
  for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  display=$(tr -d '[:space:]' <"$WORK/display")
  [ -n "$display" ] || { echo "e2e: Xvfb did not start" >&2; cat "$WORK/xvfb.log" >&2; exit 1; }
}
x_answers() { DISPLAY="$X_DISPLAY" xprop -root >/dev/null 2>&1; }
wait_for_x() {
  for _ in $(seq 100); do x_answers && return 0; sleep 0.1; done
  return 1
}
x_diagnose() {
  echo "e2e: display $X_DISPLAY; Xvfb's log:" >&2; cat "$WORK/xvfb.log" >&2 || true
  echo "e2e: the WM's log:" >&2; cat "$WORK/wm.log" 2>/dev/null >&2 || true
  ls -la /tmp/.X11-unix >&2 2>&1 || true
  env | grep -E "^(DISPLAY|XAUTHORITY|WAYLAND_DISPLAY)=" >&2 || true
}
use_tcp() {
  kill "$XVFB_PID" 2>/dev/null || true
  start_xvfb -listen tcp -nolisten local
  X_DISPLAY="127.0.0.1:$display"
}
if [ "${E2E_X_TCP:-0}" = 1 ]; then
  use_tcp
else
  start_xvfb -nolisten tcp
  X_DISPLAY=":$display"
  if ! wait_for_x; then
    echo "e2e: the X server does not answer on its local socket; trying TCP on 127.0.0.1" >&2
    x_diagnose
    use_tcp
  fi
fi
wait_for_x || { echo "e2e: the X server does not answer" >&2; x_diagnose; exit 1; }

# A window manager, as every desktop has: it gives keyboard focus to a new window (the native file
# dialogs), activates a window on request, and sends WM_DELETE_WINDOW on its close key (Ctrl+Alt+Escape),
# which is how the specs close the app. evilwm is small and follows EWMH; no border, so screenshots show
# the window alone; "fixed" is the X server's built-in font (evilwm's default font may not be installed).
# It is ready once it has announced itself on the root window. It is started like the driver (in
# $WORK, with the run's own home), and started again if it exits before announcing itself.
wm_ready() { DISPLAY="$X_DISPLAY" xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; }
start_wm() {
  for attempt in 1 2 3 4 5; do
    (cd "$WORK" && exec env DISPLAY="$X_DISPLAY" HOME="$WORK/home" evilwm -display "$X_DISPLAY" --bw 0 -fn fixed) \
      >>"$WORK/wm.log" 2>&1 &
    wm_pid=$!
    PIDS+=("$wm_pid")
    for _ in $(seq 50); do
      wm_ready && return 0
      kill -0 "$wm_pid" 2>/dev/null || break
      sleep 0.1
    done
    wm_ready && return 0
    echo "e2e: the window manager did not start (attempt $attempt on $X_DISPLAY)" >&2
    kill "$wm_pid" 2>/dev/null || true
    sleep "$attempt"
  done
  return 1
}
mkdir -p "$WORK/home"
if ! start_wm && [ "${X_DISPLAY#:}" != "$X_DISPLAY" ]; then
  echo "e2e: trying TCP on 127.0.0.1" >&2
  x_diagnose
  use_tcp
  wait_for_x && start_wm || true
fi
wm_ready || { echo "e2e: the window manager did not start" >&2; x_diagnose; exit 1; }

# The app is launched through a wrapper so each spec can choose its database (written to $WORK/db)
# and, when it needs one of its own, its config folder (written to $WORK/config; the window's saved
# size and place live there), and so a spec can kill the app by its PID (the wrapper execs, keeping
# its PID); it also notes the launch time in ms, from which a spec can measure the first paint.
cat >"$WORK/app.sh" <<WRAPPER
#!/bin/sh
echo \$\$ > "$WORK/app.pid"
date +%s%3N > "$WORK/start"
config="\$(cat "$WORK/config")"
[ -z "\$config" ] || export XDG_CONFIG_HOME="\$config"
SAFEPLAN_DB="\$(cat "$WORK/db")" exec "$BIN" "\$@"
WRAPPER
chmod +x "$WORK/app.sh"
: >"$WORK/db"
: >"$WORK/config"

# The app runs in $WORK: a file dialog answered with just a name saves there, not in the clone.
(cd "$WORK" && exec env DISPLAY="$X_DISPLAY" HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" \
  XDG_DATA_HOME="$WORK/home/.local/share" XDG_CACHE_HOME="$WORK/home/.cache" \
  tauri-driver --port "$PORT" --native-port "$NATIVE_PORT") >"$WORK/driver.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$PORT/status" >/dev/null 2>&1 && break
  sleep 0.1
done

export E2E_WORK="$WORK" E2E_PORT="$PORT" E2E_APP="$WORK/app.sh" E2E_ROOT="$ROOT" E2E_DISPLAY="$X_DISPLAY"
# The CLI built beside the app, for specs that prepare data the window cannot (the 18-unit city).
export E2E_CLI="${E2E_CLI:-$(dirname "$BIN")/safeplan}"
status=0
if [ "$MODE" = screenshots ]; then
  node --test --test-concurrency=1 tests/e2e/screenshots/*.mjs || status=$?
else
  node --test --test-concurrency=1 "${SPECS[@]}" || status=$?
fi
if [ "$status" -ne 0 ]; then
  echo "e2e: tauri-driver log:" >&2
  tail -n 40 "$WORK/driver.log" >&2 || true
fi
exit "$status"
