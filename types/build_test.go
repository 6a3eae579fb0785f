package types_test

import (
	"testing"

	"wippylua/types"
)

func TestNewUnionCanonical(t *testing.T) {
	str, num, integer := types.String, types.Number, types.Integer
	a, b := types.Literal("a"), types.Literal("b")
	rec := types.NewRecord(types.Field{Name: "x", Type: num})
	rec2 := types.NewRecord(types.Field{Name: "x", Type: num})
	cases := []struct {
		name string
		got  *types.Type
		want string
	}{
		{"empty", types.NewUnion(), "never"},
		{"single", types.NewUnion(str), "string"},
		{"duplicate", types.NewUnion(str, str, num), "string | number"},
		{"never vanishes", types.NewUnion(types.Never, str), "string"},
		{"any absorbs", types.NewUnion(str, types.Any, num), "any"},
		{"unknown absorbs", types.NewUnion(str, types.Unknown), "unknown"},
		{"any beats unknown", types.NewUnion(types.Unknown, types.Any), "any"},
		{"nil makes optional", types.NewUnion(str, types.Nil), "string?"},
		{"nil first", types.NewUnion(types.Nil, str, num), "string | number | nil"},
		{"only nil", types.NewUnion(types.Nil, types.Nil), "nil"},
		{"flatten", types.NewUnion(types.NewUnion(a, b), types.NewUnion(b, str)), "string"},
		{"literals kept", types.NewUnion(a, b, a), `"a" | "b"`},
		{"literal under primitive", types.NewUnion(a, num, str), "number | string"},
		{"integer under number", types.NewUnion(integer, str, num), "string | number"},
		{"int literal under number", types.NewUnion(types.Literal(3), num), "number"},
		{"true|false", types.NewUnion(types.Literal(true), str, types.Literal(false)), "boolean | string"},
		{"optional flattened", types.NewUnion(types.NewOptional(str), num), "string | number | nil"},
		{"structural duplicate", types.NewUnion(rec, rec2), "{x: number}"},
		{"record under table", types.NewUnion(rec, types.Table), "table"},
	}
	for _, c := range cases {
		if s := c.got.String(); s != c.want {
			t.Errorf("%s: got %s, want %s", c.name, s, c.want)
		}
	}
	// The canonical form: no union ever holds nil.
	u := types.NewUnion(str, types.Nil, num)
	if u.Kind != types.KindOptional || u.Inner.Kind != types.KindUnion {
		t.Fatalf("A | nil | B is %v, want an optional around a union", u.Kind)
	}
	for _, v := range u.Inner.Variants {
		if v.Kind == types.KindNil || v.Kind == types.KindOptional {
			t.Errorf("union member %s", v)
		}
	}
}

func TestNewOptional(t *testing.T) {
	cases := []struct {
		got  *types.Type
		want string
	}{
		{types.NewOptional(types.String), "string?"},
		{types.NewOptional(types.NewOptional(types.String)), "string?"},
		{types.NewOptional(types.Nil), "nil"},
		{types.NewOptional(types.Any), "any"},
		{types.NewOptional(types.Never), "nil"},
		{types.NewOptional(types.NewUnion(types.String, types.Number)), "string | number | nil"},
	}
	for _, c := range cases {
		if s := c.got.String(); s != c.want {
			t.Errorf("got %s, want %s", s, c.want)
		}
	}
	if types.NonNil(types.NewOptional(types.String)) != types.String {
		t.Error("NonNil(string?) is not string")
	}
}

func TestNewIntersection(t *testing.T) {
	r1 := types.NewRecord(types.Field{Name: "a", Type: types.Number})
	r2 := types.NewRecord(types.Field{Name: "b", Type: types.String})
	cases := []struct {
		got  *types.Type
		want string
	}{
		{types.NewIntersection(r1, r2), "{a: number} & {b: string}"},
		{types.NewIntersection(r1, r1), "{a: number}"},
		{types.NewIntersection(r1, types.Unknown), "{a: number}"},
		{types.NewIntersection(r1, types.Never), "never"},
		{types.NewIntersection(types.NewIntersection(r1, r2), r1), "{a: number} & {b: string}"},
		{types.NewIntersection(), "unknown"},
	}
	for _, c := range cases {
		if s := c.got.String(); s != c.want {
			t.Errorf("got %s, want %s", s, c.want)
		}
	}
}

func TestWiden(t *testing.T) {
	cases := []struct {
		in   *types.Type
		want string
	}{
		{types.Literal(1), "integer"},
		{types.Literal(1.5), "number"},
		{types.Literal("x"), "string"},
		{types.Literal(true), "boolean"},
		{types.NewOptional(types.Literal("x")), "string?"},
		{types.NewUnion(types.Literal("x"), types.Literal(2)), "string | integer"},
		{types.NewArray(types.Literal(1)), "{1}"}, // only the outer level
	}
	for _, c := range cases {
		if s := types.Widen(c.in).String(); s != c.want {
			t.Errorf("Widen(%s) = %s, want %s", c.in, s, c.want)
		}
	}
}

// A union built from many members stays linear: a long chain of joins of
// distinct records must not compare every pair.
func TestUnionManyMembers(t *testing.T) {
	var ms []*types.Type
	for i := 0; i < 2000; i++ {
		r := types.NewRecord(types.Field{Name: "k", Type: types.Literal(int64(i))})
		ms = append(ms, r, r) // each twice
	}
	u := types.NewUnion(ms...)
	if u.Kind != types.KindUnion || len(u.Variants) != 2000 {
		t.Fatalf("got %v with %d members", u.Kind, len(u.Variants))
	}
}
