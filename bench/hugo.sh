#!/usr/bin/env bash
# For reference only: how long Hugo (Debian's package) takes to build the same generated
# corpus into static HTML with minimal templates. Not part of the build.
#
#   bench/hugo.sh [corpus-dir]      (default bench/out/corpus-10000, made by bench/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=$(realpath "${1:-bench/out/corpus-10000}")
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)"; exit 1; }
SITE=$(mktemp -d)
trap 'rm -rf "$SITE"' EXIT
mkdir -p "$SITE/layouts/_default"
cat > "$SITE/hugo.toml" <<TOML
baseURL = "https://example.org/"
title = "Myositis Guide (Hugo reference build)"
contentDir = "$CORPUS"
disableKinds = ["RSS"]
[taxonomies]
  tag = "tags"
[markup.goldmark.renderer]
  unsafe = false
TOML
cat > "$SITE/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
HTML
cat > "$SITE/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<main><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
<ul>{{ range .Params.tags }}<li><a href="/tags/{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
{{ .TableOfContents }}{{ .Content }}
<ul>{{ range first 5 (.Site.RegularPages.Related .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</main>{{ end }}
HTML
cat > "$SITE/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<main><h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>{{ end }}
HTML
hugo version
START=$(date +%s%N)
hugo --source "$SITE" --destination "$SITE/public" --quiet
END=$(date +%s%N)
echo "hugo built $(find "$SITE/public" -name '*.html' | wc -l) pages from $(ls "$CORPUS/articles" | wc -l) articles in $(( (END - START) / 1000000 )) ms"
