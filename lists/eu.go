package lists

import (
	"errors"
	"io"

	"github.com/akascreen/aka"
)

func sniffEU(head []byte) bool { return false }

func ReadEU(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	return Header{}, errors.New("eu: not implemented yet")
}
