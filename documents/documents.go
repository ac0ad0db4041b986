// Package documents reads travel documents and passenger messages — ICAO Doc 9303 machine-readable zones, UN/EDIFACT PAXLST and PNRGOV — into subjects to screen.
package documents
