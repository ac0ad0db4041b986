// Package lists reads designation lists: one reader per format, one file
// each, chosen by sniffing the content; list versions and their statistics.
//
// Readers stream: they call emit once per entity in file order and keep no
// more than one entity (or, for formats that spread an entity over several
// rows, one group of rows) in memory. Bad input is reported as an
// *aka.ParseError naming the file, the position and the field; nothing
// partial is returned from Load.
package lists

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/akascreen/aka"
)

// Source is where a reader reads from.
type Source struct {
	// File is the name used in errors and the base for companion files.
	File string
	// Open opens a companion file by base name beside File, such as OFAC's
	// alt.csv and add.csv next to sdn.csv. It returns an error satisfying
	// errors.Is(err, fs.ErrNotExist) when there is none. Nil means companions
	// cannot be opened.
	Open func(name string) (io.ReadCloser, error)
}

// Header is what a reader learns about the list as a whole.
type Header struct {
	// Version is the list's own version: its generation or publication
	// date as YYYY-MM-DD where it has one.
	Version string
	// Companions are the companion files that were read, by base name.
	Companions []string
	// Skipped says what the reader read but did not load, and why, so
	// that nothing is dropped silently: "3 Sanction records (not a
	// person, organization, vessel or aircraft)".
	Skipped []string
}

// ReadFunc reads a list in one format from r, calling emit for each entity in
// file order. An error from emit stops the read and is returned.
type ReadFunc func(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error)

// Format is one list format.
type Format struct {
	Name   string // "un-xml", "ofac-csv", ...
	Source string // the entity id prefix: "un", "ofac", "uk", "au", "eu"; "" when it varies
	// Sniff reports whether head, the start of a file, is in this format.
	// For xlsx workbooks head is the first rows of the first sheet as
	// tab-separated text (see sheetHead), not the zip bytes.
	Sniff func(head []byte) bool
	// XLSX is true for formats read from a workbook.
	XLSX bool
	Read ReadFunc
}

// Formats are the formats Load detects, in the order it tries them. The more
// specific come first: the plain CSV watchlist accepts any CSV with a name
// column, so it comes after the OFAC and UK forms.
var Formats = []Format{
	{Name: "un-xml", Source: "un", Sniff: sniffUN, Read: ReadUN},
	{Name: "eu-fsf-xml", Source: "eu", Sniff: sniffEU, Read: ReadEU},
	{Name: "ofac-csv", Source: "ofac", Sniff: sniffOFAC, Read: ReadOFAC},
	{Name: "uk-ofsi-csv", Source: "uk", Sniff: sniffUK, Read: ReadUKCSV},
	{Name: "uk-ofsi-xlsx", Source: "uk", Sniff: sniffUK, XLSX: true, Read: ReadUKXLSX},
	{Name: "au-dfat-xlsx", Source: "au", Sniff: sniffAU, XLSX: true, Read: ReadAUXLSX},
	{Name: "ftm-jsonl", Source: "", Sniff: sniffFTM, Read: ReadFTM},
	{Name: "csv-watchlist", Source: "", Sniff: sniffWatchlist, Read: ReadWatchlist},
}

// FormatByName returns the format with the given name.
func FormatByName(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// sniffSize is how much of a file detection looks at.
const sniffSize = 64 << 10

var zipMagic = []byte("PK\x03\x04")

// Detect returns the format of the content that head starts. data is the
// whole content when head is a zip (xlsx) file and may be nil otherwise.
func Detect(head []byte, data []byte) (Format, error) {
	if bytes.HasPrefix(head, zipMagic) {
		sheet, err := sheetHead(data)
		if err != nil {
			return Format{}, fmt.Errorf("xlsx workbook: %w", err)
		}
		for _, f := range Formats {
			if f.XLSX && f.Sniff(sheet) {
				return f, nil
			}
		}
		return Format{}, errors.New("unknown format: an xlsx workbook that is neither the UK OFSI ConList nor the Australian DFAT list")
	}
	for _, f := range Formats {
		if !f.XLSX && f.Sniff(head) {
			return f, nil
		}
	}
	return Format{}, errors.New("unknown format: not UN XML, EU XML, OFAC CSV, UK OFSI CSV, FollowTheMoney JSON lines, or a CSV watchlist with a name column")
}

// List is one loaded version of one list.
type List struct {
	File       string
	Format     string
	Source     string
	Version    string
	Companions []string
	Skipped    []string
	Entities   []*aka.Entity
	// SHA256 is the hex SHA-256 of the bytes read: the file alone, or,
	// when companion files were read too, of the file's and each
	// companion's digest (see contentHash). Two loads with the same
	// SHA256 read the same content.
	SHA256 string
}

// Load reads a list file of any supported format, detected from its content.
// It fails on the first bad record, and when the list holds no entities.
func Load(file string) (*List, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir := filepath.Dir(file)
	src := Source{
		File: file,
		Open: func(name string) (io.ReadCloser, error) { return os.Open(filepath.Join(dir, name)) },
	}
	return Read(f, src)
}

// LoadAll loads list files concurrently, one goroutine a file, and returns
// them in the order given. The first error in that order is returned.
func LoadAll(files []string) ([]*List, error) {
	out := make([]*List, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i], errs[i] = Load(f)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Read reads a list of any supported format from r, detected from its
// content, and hashes everything read (List.SHA256).
func Read(r io.Reader, src Source) (*List, error) {
	h := newContentHash(&src)
	r = io.TeeReader(r, h.main)
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, &aka.ParseError{File: src.File, Err: err}
	}
	var in io.Reader = br
	var data []byte
	if bytes.HasPrefix(head, zipMagic) {
		if data, err = io.ReadAll(br); err != nil {
			return nil, &aka.ParseError{File: src.File, Err: err}
		}
		in = bytes.NewReader(data)
		head = data // Peek's slice is bufio's buffer, which ReadAll reused
	}
	format, err := Detect(head, data)
	if err != nil {
		return nil, &aka.ParseError{File: src.File, Err: err}
	}
	l, err := ReadFormat(in, format, src)
	if err != nil {
		return nil, err
	}
	// A reader may stop before the end (after the closing tag): the
	// rest is content too.
	if _, err := io.Copy(io.Discard, br); err != nil {
		return nil, &aka.ParseError{File: src.File, Err: err}
	}
	l.SHA256 = h.sum()
	return l, nil
}

// ReadFormat reads a list known to be in format from r.
func ReadFormat(r io.Reader, format Format, src Source) (*List, error) {
	l := &List{File: src.File, Format: format.Name, Source: format.Source}
	seen := make(map[string]bool)
	h, err := format.Read(r, src, func(e *aka.Entity) error {
		if e.ID == "" {
			return fmt.Errorf("entity %d: no id", len(l.Entities)+1)
		}
		if seen[e.ID] {
			return fmt.Errorf("entity %s: id appears twice", e.ID)
		}
		seen[e.ID] = true
		if len(e.Names) == 0 {
			return fmt.Errorf("entity %s: no name", e.ID)
		}
		l.Entities = append(l.Entities, e)
		return nil
	})
	if err != nil {
		var pe *aka.ParseError
		if errors.As(err, &pe) {
			if pe.File == "" {
				pe.File = src.File
			}
			return nil, err
		}
		return nil, &aka.ParseError{File: src.File, Err: err}
	}
	if len(l.Entities) == 0 {
		return nil, &aka.ParseError{File: src.File, Err: errors.New("the list holds no entities")}
	}
	l.Version = h.Version
	l.Companions = h.Companions
	l.Skipped = h.Skipped
	for _, e := range l.Entities {
		if e.ListVersion == "" {
			e.ListVersion = h.Version
		}
		if l.Source == "" {
			l.Source = e.Source
		}
	}
	return l, nil
}

// Stats counts what a list holds.
type Stats struct {
	File          string   `json:"file"`
	Format        string   `json:"format"`
	Version       string   `json:"version"`
	Persons       int      `json:"persons"`
	Organizations int      `json:"organizations"`
	Vessels       int      `json:"vessels"`
	Aircraft      int      `json:"aircraft"`
	Names         int      `json:"names"`
	Documents     int      `json:"documents"`
	CrossRefs     int      `json:"cross_refs"`        // entities that publish a cross-reference
	PersonRefs    int      `json:"person_cross_refs"` // persons among them
	Skipped       []string `json:"skipped,omitempty"` // what was read but not loaded, and why
}

// Stats counts the list's entities by type, their names and documents.
func (l *List) Stats() Stats {
	s := Stats{File: l.File, Format: l.Format, Version: l.Version, Skipped: l.Skipped}
	for _, e := range l.Entities {
		switch e.Type {
		case aka.Person:
			s.Persons++
		case aka.Organization:
			s.Organizations++
		case aka.Vessel:
			s.Vessels++
		case aka.Aircraft:
			s.Aircraft++
		}
		s.Names += len(e.Names)
		s.Documents += len(e.Documents)
		if len(e.CrossRefs) > 0 {
			s.CrossRefs++
			if e.Type == aka.Person {
				s.PersonRefs++
			}
		}
	}
	return s
}
