package screening

import (
	"strconv"
	"strings"
)

// CSVHeader is the header of results written as CSV, by aka screen and the
// web UI alike: one row per subject, its best match and all its matches.
var CSVHeader = []string{"origin", "id", "name", "birth_date", "nationality", "matches", "best_entity_id", "best_name", "best_score", "all_matches", "problems", "document_number", "flight", "document_check"}

// CSVRow returns r as one row under CSVHeader.
func CSVRow(r Result) []string {
	s := r.Subject
	row := []string{s.Origin, s.ID, s.Name, s.BirthDate, s.Nationality, strconv.Itoa(len(r.Matches)), "", "", "", "", strings.Join(r.Problems, "; "), s.DocumentNumber, "", ""}
	if t := s.Travel; t != nil {
		row[12] = strings.TrimSpace(strings.Join([]string{t.Flight, t.DepartureAirport, t.DepartureTime, "->", t.ArrivalAirport, t.ArrivalTime}, " "))
	}
	if d := s.DocumentCheck; d != nil {
		row[13] = "valid"
		if !d.Valid {
			row[13] = "document check failed: " + strings.Join(d.Failures, "; ")
		}
	}
	if len(r.Matches) > 0 {
		m := r.Matches[0]
		row[6], row[7], row[8] = m.EntityID, m.Name, strconv.FormatFloat(m.Score, 'f', 3, 64)
		var all []string
		for _, m := range r.Matches {
			all = append(all, m.EntityID+"="+strconv.FormatFloat(m.Score, 'f', 3, 64))
		}
		row[9] = strings.Join(all, ";")
	}
	return row
}
