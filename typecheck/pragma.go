package typecheck

import "bytes"

// ModeOf returns the mode a source file asks for with a first-line comment
// (after an optional shebang line): `--!strict` or `--!nonstrict`; else
// ModeAuto.
func ModeOf(src []byte) Mode {
	if bytes.HasPrefix(src, []byte("#")) {
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			src = src[i+1:]
		}
	}
	line := src
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		line = src[:i]
	}
	switch string(bytes.TrimSpace(line)) {
	case "--!strict":
		return ModeStrict
	case "--!nonstrict":
		return ModeNonStrict
	}
	return ModeAuto
}
