#!/usr/bin/env bash
# Installs the Debian 12 packages the test wiki (and the side-by-side checks)
# need, and the pure-Python packages tests/thirdparty runs, when they are missing. Safe to run again. Needs root for apt-get.
set -euo pipefail
PKGS="python3 bsdutils mediawiki php-cli php-sqlite3 php-mbstring php-xml php-intl php-curl php-apcu curl
python3-oauthlib python3-jwt python3-requests python3-requests-oauthlib python3-packaging
python3-mwparserfromhell python3-tqdm python3-bs4 python3-soupsieve python3-unidecode python3-dateutil python3-yaml"
missing=()
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-packages: installing ${missing[*]}" >&2
if [ "$(id -u)" != 0 ]; then
  echo "install-packages: need root: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
