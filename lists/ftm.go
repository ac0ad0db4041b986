package lists

import (
	"errors"
	"io"

	"github.com/akascreen/aka"
)

func sniffFTM(head []byte) bool { return false }

func ReadFTM(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	return Header{}, errors.New("ftm: not implemented yet")
}
