package probe

import (
	"fmt"
	"testing"

	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
)

func TestProbe8(t *testing.T) {
	var r *index.Rarity
	for _, p := range [][2]string{{"Yuliya", "Julia"}, {"Olga", "Olha"}, {"Mykola", "Nikolay"}, {"Volodymyr", "Vladimir"}, {"Dmytro", "Dmitry"}, {"Serhiy", "Sergey"}, {"Yevhen", "Yevgeny"}, {"Ihor", "Igor"}, {"Сергій", "Sergey"}, {"Сергей", "Serhii"}, {"Aliaksandr", "Aleksandr"}, {"Uladzimir", "Vladimir"}, {"Siarhei", "Sergey"}, {"Ella", "Oleg"}, {"Hanna", "Anna"}} {
		a := compare.Prepare(p[0], r)
		b := compare.Prepare(p[1], r)
		s, how := compare.TokenSimilarity(&a.Tokens[0], &b.Tokens[0])
		fmt.Printf("%-11s %-11s %.3f %s %v\n", p[0], p[1], s, how, a.Tokens[0].Forms)
	}
}
