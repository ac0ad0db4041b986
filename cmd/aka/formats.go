package main

import "github.com/akascreen/aka/screening"

// inputFormats are the subject formats "aka screen" detects, most specific
// first.
func inputFormats() []screening.InputFormat {
	return screening.InputFormats
}
