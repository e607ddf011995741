# bench/pwbcopy.sh — sourced by the bench scripts that also run pywikibot.
#
# pwb_copy SRC DST: a private copy of the pywikibot checkout SRC at DST whose
# scripts/i18n holds gowikibot's English bundles (the bundled scripts' and
# the framework's own), standing in for the i18n submodule the checkouts
# lack (replace and touch need their messages). Run from the repository root.
pwb_copy() {
  cp -r "$1" "$2"
  mkdir -p "$2/scripts/i18n"
  touch "$2/scripts/i18n/__init__.py"
  for b in scripts/i18n/*/en.json pyshim/pywikibot/i18n/*/en.json; do
    d="$2/scripts/i18n/$(basename "$(dirname "$b")")"
    [ -f "$d/en.json" ] || { mkdir -p "$d"; cp "$b" "$d/"; }
  done
}
