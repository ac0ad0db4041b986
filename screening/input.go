package screening

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/akascreen/aka"
)

// Record is one subject read from an input file, or the error that kept it
// from being read. A bad record does not stop the reading.
type Record struct {
	Subject aka.Subject
	Pos     string // "line 12", "record 3"
	Err     error  // an *aka.ParseError naming the position and field
}

// SubjectReader reads subjects one at a time.
type SubjectReader interface {
	// Next returns the next record, or io.EOF after the last. Any other
	// error is fatal to the input; a bad record comes back in Record.Err.
	Next() (Record, error)
}

// InputFormat is a subject input format.
type InputFormat struct {
	Name  string
	Sniff func(head []byte) bool
	Open  func(r io.Reader, file string) (SubjectReader, error)
}

// InputFormats are the subject formats the CSV and JSON-lines readers
// here handle; cmd adds the travel document formats of package documents
// in front of them.
var InputFormats = []InputFormat{
	{Name: "jsonl", Sniff: sniffJSONL, Open: NewJSONLReader},
	{Name: "csv", Sniff: sniffCSV, Open: NewCSVReader},
}

func sniffJSONL(head []byte) bool {
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '{'
}

func sniffCSV(head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	return len(bytes.TrimSpace(line)) > 0 && (bytes.ContainsAny(line, ",;\t") || csvHasNameColumn(string(line)))
}

func csvHasNameColumn(header string) bool {
	for _, f := range strings.FieldsFunc(header, func(r rune) bool { return r == ',' || r == ';' || r == '\t' }) {
		if c, ok := columnNames[normColumn(f)]; ok && (c == colName || c == colLast) {
			return true
		}
	}
	return false
}

// jsonlReader reads one JSON object a line, in the evaluation query format's
// field names (name, birth_date, nationality, gender, place_of_birth...).
type jsonlReader struct {
	sc   *bufio.Scanner
	file string
	line int
}

// NewJSONLReader reads subjects as JSON lines.
func NewJSONLReader(r io.Reader, file string) (SubjectReader, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	return &jsonlReader{sc: sc, file: file}, nil
}

func (j *jsonlReader) Next() (Record, error) {
	for j.sc.Scan() {
		j.line++
		b := bytes.TrimSpace(j.sc.Bytes())
		if len(b) == 0 {
			continue
		}
		pos := fmt.Sprintf("line %d", j.line)
		rec := Record{Pos: pos}
		var s aka.Subject
		if err := json.Unmarshal(b, &s); err != nil {
			rec.Err = &aka.ParseError{File: j.file, Pos: pos, Err: err}
			return rec, nil
		}
		if strings.TrimSpace(s.Name) == "" {
			rec.Err = &aka.ParseError{File: j.file, Pos: pos, Field: "name", Err: errors.New("missing")}
			return rec, nil
		}
		s.Origin = pos
		rec.Subject = s
		return rec, nil
	}
	if err := j.sc.Err(); err != nil {
		return Record{}, &aka.ParseError{File: j.file, Pos: fmt.Sprintf("line %d", j.line+1), Err: err}
	}
	return Record{}, io.EOF
}

// Columns a CSV input can have, recognized by their usual names.
const (
	colID = iota + 1
	colName
	colFirst
	colMiddle
	colLast
	colBirthDate
	colNationality
	colGender
	colPlace
	colDocNumber
	colDocType
	colDocCountry
	colSchema
)

var columnNames = map[string]int{
	"id": colID, "customerid": colID, "clientid": colID, "reference": colID, "ref": colID, "subjectid": colID,
	"name": colName, "fullname": colName, "full": colName, "wholename": colName,
	"first": colFirst, "firstname": colFirst, "given": colFirst, "givenname": colFirst, "givennames": colFirst, "forename": colFirst, "forenames": colFirst,
	"middle": colMiddle, "middlename": colMiddle, "middlenames": colMiddle,
	"last": colLast, "lastname": colLast, "surname": colLast, "familyname": colLast, "family": colLast,
	"birthdate": colBirthDate, "dob": colBirthDate, "dateofbirth": colBirthDate, "born": colBirthDate,
	"nationality": colNationality, "citizenship": colNationality, "nationalitycode": colNationality,
	"gender": colGender, "sex": colGender,
	"placeofbirth": colPlace, "pob": colPlace, "birthplace": colPlace,
	"passport": colDocNumber, "passportnumber": colDocNumber, "passportno": colDocNumber, "documentnumber": colDocNumber,
	"document": colDocNumber, "docnumber": colDocNumber, "idnumber": colDocNumber, "nationalid": colDocNumber,
	"documenttype": colDocType, "doctype": colDocType,
	"documentcountry": colDocCountry, "issuingcountry": colDocCountry, "passportcountry": colDocCountry, "issuingstate": colDocCountry,
	"schema": colSchema, "type": colSchema, "entitytype": colSchema,
}

func normColumn(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
