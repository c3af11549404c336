#!/bin/sh
# Creates the shared content repository (bare, branch main) from the content folder, once, and
# hands it to the user the site runs as. Run by docker-compose.yml; runs as a plain process too:
#   REPO=/srv/content.git SEED=./content APP_UID=$(id -u) sh deploy/seed-content.sh
set -eu
REPO="${REPO:-/repo/content.git}"
SEED="${SEED:-/seed}"
if [ ! -d "$REPO" ]; then
  work="$(mktemp -d)"
  git init -q --bare -b main "$REPO"
  git clone -q "$REPO" "$work/content"
  cp -R "$SEED"/. "$work/content/"
  cd "$work/content"
  git add -A
  git -c user.name="Content seed" -c user.email="seed@myositis-guide.invalid" commit -q -m "Content from the image"
  git push -q origin HEAD:main
  cd /
  rm -rf "$work"
  echo "Created $REPO from $SEED"
else
  echo "$REPO exists: kept as it is"
fi
chown -R "${APP_UID:-10001}" "$REPO"
