-module(cf_binary_to_term).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, show(V)}]).

%% print atoms as code point lists so no non-ASCII reaches stdout
show(A) when is_atom(A) ->
    case lists:all(fun(C) -> C < 128 end, atom_to_list(A)) of
        true -> A;
        false -> {atom, atom_to_list(A)}
    end;
show([H | T]) -> [show(H) | show(T)];
show(X) -> X.

main() ->
    I = fun ?MODULE:id/1,
    Bins = [
        {small_int, <<131, 97, 5>>},
        {small_int_max, <<131, 97, 255>>},
        {int_neg, <<131, 98, 255, 255, 255, 254>>},
        {int_pos, <<131, 98, 0, 1, 0, 0>>},
        {small_big, <<131, 110, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8>>},
        {small_big_neg, <<131, 110, 2, 1, 0, 1>>},
        {small_big_fits, <<131, 110, 1, 0, 42>>},
        {small_big_zero_len, <<131, 110, 0, 0>>},
        {large_big, <<131, 111, 0, 0, 0, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9>>},
        {new_float, <<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>},
        {old_float, <<131, 99, "1.50000000000000000000e+00", 0, 0, 0, 0, 0>>},
        {atom_ext, <<131, 100, 0, 3, "abc">>},
        {atom_ext_latin1, <<131, 100, 0, 1, 233>>},
        {small_atom_ext, <<131, 115, 2, "hi">>},
        {atom_utf8, <<131, 118, 0, 2, 195, 169>>},
        {small_atom_utf8, <<131, 119, 4, 240, 159, 152, 128>>},
        {true_atom, <<131, 119, 4, "true">>},
        {nil, <<131, 106>>},
        {string_ext, <<131, 107, 0, 3, 1, 2, 3>>},
        {list_ext, <<131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 106>>},
        {improper, <<131, 108, 0, 0, 0, 1, 97, 1, 97, 2>>},
        {small_tuple, <<131, 104, 2, 119, 1, "a", 97, 7>>},
        {empty_tuple, <<131, 104, 0>>},
        {large_tuple, <<131, 105, 0, 0, 0, 1, 106>>},
        {map_ext, <<131, 116, 0, 0, 0, 2, 119, 1, "b", 97, 2, 119, 1, "a", 97, 1>>},
        {binary_ext, <<131, 109, 0, 0, 0, 3, 1, 2, 3>>},
        {bit_binary, <<131, 77, 0, 0, 0, 2, 3, 255, 224>>},
        {nested, <<131, 108, 0, 0, 0, 1, 104, 1, 107, 0, 2, 104, 105, 106>>},
        {compressed, <<131, 80, 0, 0, 1, 50, 120, 156, 203, 97, 96, 96, 48, 74, 97, 96, 78, 76, 74, 30, 37, 137, 33, 179, 0, 126, 38, 78, 147>>}
    ],
    lists:foreach(fun({Name, B}) -> p(Name, t(fun() -> binary_to_term(I(B)) end)) end, Bins),
    p(export_fun_bad_len, t(fun() -> F = binary_to_term(I(<<131, 113, 119, 6, "lists", 119, 7, "reverse", 97, 1>>)), is_function(F, 1) end)),
    p(export_fun_call, t(fun() -> F = binary_to_term(I(<<131, 113, 119, 5, "lists", 119, 7, "reverse", 97, 1>>)), F([1, 2, 3]) end)),
    Bad = [
        {empty, <<>>},
        {no_version, <<97, 5>>},
        {bad_version, <<130, 97, 5>>},
        {truncated_int, <<131, 98, 0, 0>>},
        {truncated_list, <<131, 108, 0, 0, 0, 2, 97, 1>>},
        {bad_tag, <<131, 200>>},
        {trailing, <<131, 97, 1, 0>>},
        {atom_too_long, <<131, 100, 1, 0, 0:256/unit:8>>},
        {bad_utf8_atom, <<131, 119, 1, 255>>},
        {truncated_binary, <<131, 109, 0, 0, 0, 5, 1, 2>>},
        {bad_bit_binary, <<131, 77, 0, 0, 0, 1, 9, 255>>},
        {bad_compressed, <<131, 80, 0, 0, 0, 10, 1, 2, 3>>},
        {map_dup_keys, <<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2>>},
        {float_nan, <<131, 70, 127, 248, 0, 0, 0, 0, 0, 0>>}
    ],
    lists:foreach(fun({Name, B}) -> p(Name, t(fun() -> binary_to_term(I(B)) end)) end, Bad),
    p(not_binary, t(fun() -> binary_to_term(I("abc")) end)),
    p(used, binary_to_term(I(<<131, 97, 1, 99, 99>>), [used])),
    p(safe_existing, t(fun() -> binary_to_term(I(<<131, 119, 2, "ok">>), [safe]) end)),
    p(safe_new_atom, t(fun() -> binary_to_term(I(<<131, 119, 12, "zqxjk_nonexi">>), [safe]) end)),
    p(roundtrip, [binary_to_term(term_to_binary(I(T))) =:= T || T <- [{1, 2.0, "three", <<4>>, [five | six], #{7 => 8}}]]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
