#!/bin/sh
# Install Dispute Desk for the current user, from the folder this script is in:
#
#     ./install.sh              copy the app to ~/.local/lib/dispute-desk, link
#                               ~/.local/bin/dispute-desk to it, and add the menu entry, the icon
#                               and the AppStream metainfo under ~/.local/share
#     ./install.sh --uninstall  remove all of that again; your orders and evidence stay where they
#                               are (~/.local/share/dispute-desk)
#
# Needs no root rights and no Python. Running it again updates an earlier install in place.
set -eu

APP_ID=io.github.disputedesk.DisputeDesk
NAME=dispute-desk

if [ -z "${HOME:-}" ]; then
    echo "install.sh: HOME is not set; cannot tell where to install" >&2
    exit 2
fi
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PROGRAM_DIR=$HOME/.local/lib/$NAME
BIN_DIR=$HOME/.local/bin
DESKTOP_FILE=$DATA_HOME/applications/$APP_ID.desktop
ICON_FILE=$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg
METAINFO_FILE=$DATA_HOME/metainfo/$APP_ID.metainfo.xml

refresh_desktop_caches() {
    # Menus pick up the entry without these too; they only make it appear sooner.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    if [ -L "$BIN_DIR/$NAME" ] || [ -f "$BIN_DIR/$NAME" ]; then
        rm -f "$BIN_DIR/$NAME"
    fi
    rm -f "$DESKTOP_FILE" "$ICON_FILE" "$METAINFO_FILE"
    rm -rf "$PROGRAM_DIR"
    refresh_desktop_caches
    echo "Dispute Desk is uninstalled. Your data was not touched: it is in $DATA_HOME/$NAME"
    echo "(delete that folder yourself if you want it gone)."
}

install() {
    here=$(cd "$(dirname "$0")" && pwd)
    if [ ! -x "$here/$NAME" ] || [ ! -d "$here/_internal" ]; then
        echo "install.sh: run it from the unpacked $NAME folder (it needs $NAME and _internal beside it)" >&2
        exit 2
    fi
    mkdir -p "$HOME/.local/lib" "$BIN_DIR" "$(dirname "$DESKTOP_FILE")" "$(dirname "$ICON_FILE")" \
        "$(dirname "$METAINFO_FILE")"
    if [ "$here" != "$PROGRAM_DIR" ]; then
        # Copy beside the old install, then swap, so a failed copy leaves the old one working.
        staging=$PROGRAM_DIR.new.$$
        rm -rf "$staging"
        cp -R "$here" "$staging"
        rm -rf "$PROGRAM_DIR"
        mv "$staging" "$PROGRAM_DIR"
    fi
    ln -sfn "$PROGRAM_DIR/$NAME" "$BIN_DIR/$NAME"
    # The menu entry starts the program by its full path: ~/.local/bin is not on every
    # desktop session's PATH.
    sed "s|^Exec=$NAME |Exec=\"$PROGRAM_DIR/$NAME\" |" \
        "$PROGRAM_DIR/share/applications/$APP_ID.desktop" >"$DESKTOP_FILE"
    cp "$PROGRAM_DIR/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$ICON_FILE"
    cp "$PROGRAM_DIR/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO_FILE"
    refresh_desktop_caches
    echo "Dispute Desk is installed: find it in your applications menu, or run $BIN_DIR/$NAME"
    case ":${PATH:-}:" in
        *":$BIN_DIR:"*) ;;
        *) echo "($BIN_DIR is not on your PATH; add it to run '$NAME' by name in a terminal.)" ;;
    esac
    echo "To uninstall: $PROGRAM_DIR/install.sh --uninstall"
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' ;;
    *)
        echo "install.sh: unknown option $1 (use --uninstall, or nothing to install)" >&2
        exit 2
        ;;
esac
