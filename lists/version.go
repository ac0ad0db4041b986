package lists

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"
	"sort"

	"github.com/akascreen/aka"
)

// VersionInfo identifies one loaded version of one list: where it came from,
// the list's own version date, the digest of its content and what it holds.
// Two loads of a list with the same SHA256 are the same version, whatever
// their file name or date; a reload compares digests to tell whether a list
// changed.
type VersionInfo struct {
	Source   string `json:"source"`
	File     string `json:"file"`
	Format   string `json:"format"`
	Version  string `json:"version"` // the list's own date, "2026-01-28"
	SHA256   string `json:"sha256"`
	Entities int    `json:"entities"`
	Persons  int    `json:"persons"`
	// Organizations counts organizations; vessels and aircraft are in
	// Entities only.
	Organizations int `json:"organizations"`
}

// Info returns the list's version: source, date, digest and counts.
func (l *List) Info() VersionInfo {
	v := VersionInfo{Source: l.Source, File: l.File, Format: l.Format, Version: l.Version, SHA256: l.SHA256, Entities: len(l.Entities)}
	for _, e := range l.Entities {
		switch e.Type {
		case aka.Person:
			v.Persons++
		case aka.Organization:
			v.Organizations++
		}
	}
	return v
}

// contentHash hashes what Read reads: the main file, and each companion file
// a reader opens through Source.Open, drained to its end when closed.
type contentHash struct {
	main       hash.Hash
	companions map[string]hash.Hash
}

// newContentHash returns a hash of the content read from src, wrapping
// src.Open so that companions are hashed too.
func newContentHash(src *Source) *contentHash {
	h := &contentHash{main: sha256.New(), companions: map[string]hash.Hash{}}
	if open := src.Open; open != nil {
		src.Open = func(name string) (io.ReadCloser, error) {
			rc, err := open(name)
			if err != nil {
				return nil, err
			}
			ch := sha256.New()
			h.companions[name] = ch
			return &hashingReader{rc: rc, r: io.TeeReader(rc, ch)}, nil
		}
	}
	return h
}

// sum returns the hex SHA-256 of the main file alone when no companion was
// read, so that it equals sha256sum's; otherwise the SHA-256 of the main
// file's digest followed by each companion's name and digest, by name.
func (h *contentHash) sum() string {
	main := hex.EncodeToString(h.main.Sum(nil))
	if len(h.companions) == 0 {
		return main
	}
	names := make([]string, 0, len(h.companions))
	for n := range h.companions {
		names = append(names, n)
	}
	sort.Strings(names)
	all := sha256.New()
	io.WriteString(all, main+"\n")
	for _, n := range names {
		io.WriteString(all, n+" "+hex.EncodeToString(h.companions[n].Sum(nil))+"\n")
	}
	return hex.EncodeToString(all.Sum(nil))
}

// hashingReader hashes a companion file as it is read, and what is left of
// it when it is closed.
type hashingReader struct {
	rc io.ReadCloser
	r  io.Reader
}

func (h *hashingReader) Read(p []byte) (int, error) { return h.r.Read(p) }

func (h *hashingReader) Close() error {
	_, err := io.Copy(io.Discard, h.r)
	if cerr := h.rc.Close(); err == nil {
		err = cerr
	}
	return err
}
