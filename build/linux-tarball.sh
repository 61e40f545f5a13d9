#!/usr/bin/env bash
# Pack the onedir bundle into a tarball with a desktop entry, for Linux field offices.
# Fails when the tarball is larger than MAX_BYTES (issue 15: at most 80 MB to copy and mail).
set -euo pipefail
MAX_BYTES=80000000
cd "$(dirname "$0")/.."
version=$(.venv/bin/python -c "import desktop_app; print(desktop_app.__version__)")
arch=$(uname -m)
[ -x build/out/dist/anticipa/anticipa ] || make bundle
stage=build/out/stage/anticipa-$version
rm -rf build/out/stage && mkdir -p "$stage"
cp -a build/out/dist/anticipa/. "$stage/"
cat > "$stage/anticipa.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Anticipa
Comment=Anticipate the future of your region's industries
Exec=sh -c '"\$(dirname "%k")/anticipa" %f'
MimeType=application/x-anticipa-project;
Categories=Office;Science;
DESKTOP
cat > "$stage/INSTALL.txt" <<TEXT
Unpack anywhere (for example ~/Applications) and run ./anticipa, or ./anticipa demo ~/demo.anticipa
to build the demo project and ./anticipa open ~/demo.anticipa to open it. No internet is needed.
TEXT
tarball="build/out/anticipa-$version-linux-$arch.tar.gz"
tar -C build/out/stage -cf - "anticipa-$version" | gzip -9 > "$tarball"
bytes=$(stat -c %s "$tarball")
echo "$tarball: $bytes bytes (at most $MAX_BYTES)"
if [ "$bytes" -gt "$MAX_BYTES" ]; then
  echo "linux-tarball: $tarball is $bytes bytes, more than $MAX_BYTES; see build/README.md for what the bundle leaves out" >&2
  exit 1
fi
