package lists

import (
	"errors"
	"io"

	"github.com/akascreen/aka"
)

func sniffWatchlist(head []byte) bool { return false }

func ReadWatchlist(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	return Header{}, errors.New("watchlist: not implemented yet")
}
