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
	BirthDate    string `json:"birth_date,omitempty"`     // "1971", "1971-03-05", "05/03/1971"...
	Nationality  string `json:"nationality,omitempty"`    // ISO code or English name
	Gender       string `json:"gender,omitempty"`         // "male", "female", "M", "F"
	PlaceOfBirth string `json:"place_of_birth,omitempty"` // as written

	DocumentNumber  string `json:"document_number,omitempty"`
	DocumentType    string `json:"document_type,omitempty"`    // "passport", "national_id"...
	DocumentCountry string `json:"document_country,omitempty"` // issuing country
	DocumentExpiry  string `json:"document_expiry,omitempty"`  // YYYY-MM-DD

	// Travel is the journey a passenger list puts the subject on.
	Travel *Travel `json:"travel,omitempty"`
	// DocumentCheck is the result of checking a machine-readable zone.
	DocumentCheck *DocumentCheck `json:"document_check,omitempty"`
	// Origin says where in its input the subject was read: "line 3",
	// "record 12", "NAD segment 4".
	Origin string `json:"origin,omitempty"`
}

// Travel is the journey a passenger or crew list gives for a subject.
type Travel struct {
	Role             string `json:"role,omitempty"` // "passenger", "crew"
	Carrier          string `json:"carrier,omitempty"`
	Flight           string `json:"flight,omitempty"`
	DepartureAirport string `json:"departure_airport,omitempty"`
	DepartureTime    string `json:"departure_time,omitempty"` // as the message gives it, ISO 8601 where it can be read
	ArrivalAirport   string `json:"arrival_airport,omitempty"`
	ArrivalTime      string `json:"arrival_time,omitempty"`
	Reference        string `json:"reference,omitempty"` // booking reference or message reference
}

// DocumentCheck is what checking a machine-readable zone found. A document
// whose check digits fail is still screened: forged and mistyped documents
// are what screening is for.
type DocumentCheck struct {
	Format string `json:"format"` // "TD1", "TD2", "TD3", "MRV-A", "MRV-B"
	Valid  bool   `json:"valid"`
	// Failures name each check that failed: "document number check
	// digit", "birth date check digit", "composite check digit"...
	Failures []string `json:"failures,omitempty"`
}
