%% A stand-in for OTP's prim_file (whose name it takes so that the loader
%% points its NIF stubs at beamr's BIFs): `run/1` exits with what the
%% stubs answered. Compiled by OTP 25's erlc into prim_file.beam.
-module(prim_file).
-export([run/1]).

run(Name) ->
    Path = prim_file:internal_name2native(Name),
    exit({read_file_nif(Path), get_cwd_nif(), list_dir_nif(Path)}).

read_file_nif(_) -> erlang:nif_error(undef).
get_cwd_nif() -> erlang:nif_error(undef).
list_dir_nif(_) -> erlang:nif_error(undef).
