#!/usr/bin/env bash
# Run a command with an unlocked gnome-keyring in the current D-Bus session (CI and headless
# Linux). The password is a throwaway: the keyring lives in a temporary HOME-like folder.
set -euo pipefail
export XDG_DATA_HOME="${XDG_DATA_HOME:-$(mktemp -d)}"
if command -v gnome-keyring-daemon >/dev/null; then
  eval "$(printf 'hygie-throwaway-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
fi
exec "$@"
