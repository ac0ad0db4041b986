package screening

import (
	"bufio"
	"errors"
	"io"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/documents"
)

// DetectedFormats are every subject input format Open detects, most
// specific first: passenger messages and machine-readable zones of package
// documents, then JSON lines and CSV (InputFormats).
func DetectedFormats() []InputFormat {
	return append([]InputFormat{
		{Name: "paxlst", Sniff: documents.SniffPAXLST, Open: messageReader(documents.ReadPAXLST)},
		{Name: "pnrgov", Sniff: documents.SniffPNRGOV, Open: messageReader(documents.ReadPNRGOV)},
		{Name: "mrz", Sniff: documents.SniffMRZ, Open: mrzReader},
	}, InputFormats...)
}

// sniffBytes is how much of an input Open looks at to detect its format.
const sniffBytes = 64 << 10

// Open detects the format of the subjects in r from its first bytes, trying
// formats in order (DetectedFormats when nil), and returns a reader of its
// subjects and the format's name. file names the input in errors. An empty
// input or one no format recognizes is an *aka.ParseError.
func Open(r io.Reader, file string, formats []InputFormat) (SubjectReader, string, error) {
	if formats == nil {
		formats = DetectedFormats()
	}
	br := bufio.NewReaderSize(r, sniffBytes)
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, "", err
	}
	if len(head) == 0 {
		return nil, "", &aka.ParseError{File: file, Err: errors.New("empty input")}
	}
	for _, f := range formats {
		if f.Sniff(head) {
			sr, err := f.Open(br, file)
			return sr, f.Name, err
		}
	}
	return nil, "", &aka.ParseError{File: file, Pos: "line 1", Err: errors.New("unknown input format: not CSV with a header, JSON lines, MRZ text or a PAXLST/PNRGOV message")}
}

// messageReader adapts a passenger message reader, which reads a whole
// message at once, to a SubjectReader. A field the message gets wrong
// leaves the subject screened without it and is reported as an error row.
func messageReader(read func(io.Reader, string) ([]aka.Subject, []error, error)) func(io.Reader, string) (SubjectReader, error) {
	return func(r io.Reader, file string) (SubjectReader, error) {
		subjects, problems, err := read(r, file)
		if err != nil {
			return nil, err
		}
		recs := make([]Record, 0, len(subjects)+len(problems))
		for _, s := range subjects {
			recs = append(recs, Record{Subject: s, Pos: s.Origin})
		}
		for _, p := range problems {
			pos := ""
			if pe, ok := p.(*aka.ParseError); ok {
				pos = pe.Pos
			}
			recs = append(recs, Record{Pos: pos, Err: p})
		}
		return &sliceReader{recs: recs}, nil
	}
}

// mrzReader reads machine-readable zones; a zone that cannot be read is an
// error row, and the others are screened. Zones whose check digits fail are
// screened too, with the failure in the subject's document check.
func mrzReader(r io.Reader, file string) (SubjectReader, error) {
	var recs []Record
	err := documents.MRZReader{}.Each(r, file, func(s aka.Subject, err error) error {
		recs = append(recs, Record{Subject: s, Pos: s.Origin, Err: err})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &sliceReader{recs: recs}, nil
}

// sliceReader yields records held in memory.
type sliceReader struct {
	recs []Record
	i    int
}

func (s *sliceReader) Next() (Record, error) {
	if s.i >= len(s.recs) {
		return Record{}, io.EOF
	}
	s.i++
	return s.recs[s.i-1], nil
}
