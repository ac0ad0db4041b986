package main

import (
	"io"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/documents"
	"github.com/akascreen/aka/screening"
)

// inputFormats are the subject formats "aka screen" detects, most specific
// first: passenger messages and machine-readable zones, then JSON lines and
// CSV.
func inputFormats() []screening.InputFormat {
	return append([]screening.InputFormat{
		{Name: "paxlst", Sniff: documents.SniffPAXLST, Open: messageReader(documents.ReadPAXLST)},
		{Name: "pnrgov", Sniff: documents.SniffPNRGOV, Open: messageReader(documents.ReadPNRGOV)},
		{Name: "mrz", Sniff: documents.SniffMRZ, Open: mrzReader},
	}, screening.InputFormats...)
}

// messageReader adapts a passenger message reader, which reads a whole
// message at once, to a SubjectReader. A field the message gets wrong
// leaves the subject screened without it and is reported as an error row.
func messageReader(read func(io.Reader, string) ([]aka.Subject, []error, error)) func(io.Reader, string) (screening.SubjectReader, error) {
	return func(r io.Reader, file string) (screening.SubjectReader, error) {
		subjects, problems, err := read(r, file)
		if err != nil {
			return nil, err
		}
		recs := make([]screening.Record, 0, len(subjects)+len(problems))
		for _, s := range subjects {
			recs = append(recs, screening.Record{Subject: s, Pos: s.Origin})
		}
		for _, p := range problems {
			pos := ""
			if pe, ok := p.(*aka.ParseError); ok {
				pos = pe.Pos
			}
			recs = append(recs, screening.Record{Pos: pos, Err: p})
		}
		return &sliceReader{recs: recs}, nil
	}
}

// mrzReader reads machine-readable zones; a zone that cannot be read is an
// error row, and the others are screened. Zones whose check digits fail are
// screened too, with the failure in the subject's document check.
func mrzReader(r io.Reader, file string) (screening.SubjectReader, error) {
	var recs []screening.Record
	err := documents.MRZReader{}.Each(r, file, func(s aka.Subject, err error) error {
		recs = append(recs, screening.Record{Subject: s, Pos: s.Origin, Err: err})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &sliceReader{recs: recs}, nil
}

// sliceReader yields records held in memory.
type sliceReader struct {
	recs []screening.Record
	i    int
}

func (s *sliceReader) Next() (screening.Record, error) {
	if s.i >= len(s.recs) {
		return screening.Record{}, io.EOF
	}
	s.i++
	return s.recs[s.i-1], nil
}
