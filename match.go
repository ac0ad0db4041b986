package aka

// Match is a listed entity found for a subject, with its score and the
// evidence behind it.
type Match struct {
	EntityID    string      `json:"entity_id"`
	Score       float64     `json:"score"` // in [0, 1]; behaves like a probability of being the same person
	Name        string      `json:"name"`  // the entity's primary name
	Type        EntityType  `json:"type"`
	Explanation Explanation `json:"explanation"`
}

// Explanation is why a match scored what it did, as data: the name evidence
// token by token and each other feature's effect, in bits (log2 likelihood
// ratios, Fellegi-Sunter): positive for agreement, negative for
// contradiction, zero for unknown.
type Explanation struct {
	Name     NameEvidence      `json:"name"`
	Features []FeatureEvidence `json:"features,omitempty"`
	// Bits is the total evidence: the name's bits plus every feature's.
	Bits float64 `json:"bits"`
	// Offset is subtracted from Bits before the logistic turns them into
	// the score: the evidence needed for an even chance.
	Offset float64 `json:"offset"`
}

// NameEvidence is how the subject's name met the entity's best-matching name.
type NameEvidence struct {
	Query      string          `json:"query"`
	Listed     string          `json:"listed"`
	Kind       NameKind        `json:"kind"`
	Quality    Quality         `json:"quality"`
	Similarity float64         `json:"similarity"` // in [0, 1]; 1 for the same name
	Bits       float64         `json:"bits"`
	Tokens     []TokenEvidence `json:"tokens"`
}

// TokenEvidence is one query token aligned with one listed token, or one
// token left unmatched on either side.
type TokenEvidence struct {
	Query      string  `json:"query,omitempty"`  // "" for a listed token the query lacks
	Listed     string  `json:"listed,omitempty"` // "" for a query token the name lacks
	Similarity float64 `json:"similarity"`
	Weight     float64 `json:"weight"` // the token's rarity in bits
	Bits       float64 `json:"bits"`   // its contribution
	How        string  `json:"how"`    // exact, variant, transliteration, skeleton, edit, prefix, initial, joined, resplit (two words split at another place: a space typed a letter early or late), other name, missing, father (a word of the father's name, after walad or "son of", that the listed name lacks), extra, paternal (the father's surname of a name given the Spanish way, left out), optional, conflict, generation, whole name
}

// FeatureEvidence is the effect of one feature other than the name.
type FeatureEvidence struct {
	Feature string  `json:"feature"` // birth_date, nationality, gender, document, place_of_birth
	Query   string  `json:"query"`
	Listed  string  `json:"listed,omitempty"`
	Level   string  `json:"level"` // exact, month, year, close, swapped, range, mismatch, unknown...
	Bits    float64 `json:"bits"`
}
