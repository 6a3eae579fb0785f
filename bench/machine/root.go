package machine

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// Root returns the repository's root directory: the nearest directory at
// or above the working directory whose go.mod declares module wippylua
// (bench/gopher has a go.mod of its own), so that the runners work from
// any directory of the checkout.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if isRoot(dir) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the wippy-lua repository (no go.mod of module wippylua above the working directory)")
		}
		dir = parent
	}
}

func isRoot(dir string) bool {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "module wippylua" {
			return true
		}
	}
	return false
}
