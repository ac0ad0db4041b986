package lists

import (
	"errors"
	"io"

	"github.com/akascreen/aka"
)

func sniffOFAC(head []byte) bool { return false }

func ReadOFAC(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	return Header{}, errors.New("ofac: not implemented yet")
}
