package aka

// Subject is a person (or organization) being screened, with the fields a
// customer file, a passenger list, a travel document or an analyst gives.
// Values are as the source wrote them; screening normalizes them.
type Subject struct {
	// ID is the client's own id for the subject. When empty, the subject's
	// identity is a hash of its normalized fields.
	ID string `json:"id,omitempty"`
	// Schema is a FollowTheMoney type name: Person (the default),
	// Organization, Company, LegalEntity, Vessel, Airplane.
	Schema       string `json:"schema,omitempty"`
	Name         string `json:"name"`
	BirthDate    string `json:"birth_date,omitempty"`    // "1971", "1971-03-05", "05/03/1971"...
	Nationality  string `json:"nationality,omitempty"`   // ISO code or English name
	Gender       string `json:"gender,omitempty"`        // "male", "female", "M", "F"
	PlaceOfBirth string `json:"place_of_birth,omitempty"` // as written

	DocumentNumber  string `json:"document_number,omitempty"`
	DocumentType    string `json:"document_type,omitempty"`    // "passport", "national_id"...
	DocumentCountry string `json:"document_country,omitempty"` // issuing country
}
