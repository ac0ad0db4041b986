package lists

import (
	"errors"
	"io"

	"github.com/akascreen/aka"
)

func sniffAU(head []byte) bool { return false }

func ReadAUXLSX(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	return Header{}, errors.New("au: not implemented yet")
}
