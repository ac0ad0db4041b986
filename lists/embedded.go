package lists

import (
	"bytes"
	_ "embed"
)

// EmbeddedFile is the name the embedded list reports as its file.
const EmbeddedFile = "embedded:un_consolidated_2026-02-27.xml"

// embeddedUN is the UN Security Council consolidated list of 2026-02-27,
// copied byte for byte from ../shared/data/lists/un, so that aka works with no
// list files at all.
//
//go:embed embedded/un_consolidated_2026-02-27.xml
var embeddedUN []byte

// Embedded reads the embedded UN list.
func Embedded() (*List, error) {
	return Read(bytes.NewReader(embeddedUN), Source{File: EmbeddedFile})
}
