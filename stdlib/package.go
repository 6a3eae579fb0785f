package stdlib

import "wippylua/vm"

// openPackage installs the package library.
func openPackage(s *vm.State, loaded *vm.Table, p Profile) {}
