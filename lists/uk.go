package lists

import (
	"errors"
	"io"

	"github.com/akascreen/aka"
)

func sniffUK(head []byte) bool { return false }

func ReadUKCSV(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	return Header{}, errors.New("uk: not implemented yet")
}

func ReadUKXLSX(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	return Header{}, errors.New("uk: not implemented yet")
}
