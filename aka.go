// Package aka holds the domain of the aka screening engine: the entities that
// designation lists publish, the subjects being screened, matches and their
// evidence, the error type, and the contracts that several adapters implement.
//
// aka finds, scores and explains; a person always decides. The types here carry
// what official lists publish and nothing inferred beyond it.
//
// This package imports only the standard library.
package aka

// Version is the version of aka, set at build time with
// -ldflags "-X github.com/akascreen/aka.Version=...".
var Version = "dev"
