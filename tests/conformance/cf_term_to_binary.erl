-module(cf_term_to_binary).
-export([main/0, id/1]).

id(X) -> X.

terms() ->
    [0, 1, 255, 256, -1, -256, 1 bsl 27, (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), -(1 bsl 31) - 1, 1 bsl 32,
     1 bsl 63, -(1 bsl 64), 1 bsl 200, 123456789012345678901234567890,
     0.0, -0.0, 1.0, -1.5, 3.141592653589793, 1.0e300, 5.0e-324,
     a, abc, '', true, 'with space', 'é', list_to_atom([16#1F600]), list_to_atom(lists:duplicate(255, $x)),
     [], [1, 2, 3], "abc", [a, b], [a | b], [256, 1], [[]], lists:seq(1, 300),
     {}, {a}, {a, {b, {c}}}, erlang:make_tuple(256, x),
     <<>>, <<1, 2, 3>>, <<"hello">>, <<1:1>>, <<1, 2, 3:5>>, <<0:7>>,
     #{}, #{a => 1}, #{b => 2, a => 1}, #{1 => #{2 => [3]}}, #{[] => <<>>, {} => 0.5},
     {[1.0, <<"x">>], #{k => {v}}, "str", -7}].

main() ->
    I = fun ?MODULE:id/1,
    lists:foreach(
      fun(T0) ->
              T = I(T0),
              B = term_to_binary(T),
              Back = binary_to_term(B),
              io:format("~w~n", [{size(B), Back =:= T, short(B)}])
      end, terms()),
    %% minor_version 0 encodes floats as text (FLOAT_EXT)
    io:format("~w~n", [{minor0, [term_to_binary(I(F), [{minor_version, 0}]) || F <- [1.5, -0.0, 1.0e100]]}]),
    io:format("~w~n", [{minor1, [term_to_binary(I(F), [{minor_version, 1}]) || F <- [1.5, -0.0]]}]),
    io:format("~w~n", [{minor2_atoms, [term_to_binary(I(A), [{minor_version, 2}]) || A <- [abc, 'é']]}]),
    io:format("~w~n", [{minor1_atoms, [term_to_binary(I(A), [{minor_version, 1}]) || A <- [abc, 'é']]}]),
    io:format("~w~n", [{deterministic, term_to_binary(I(#{c => 3, a => 1, b => 2}), [deterministic])}]),
    %% compressed output depends on zlib: only check round trips
    Big = lists:duplicate(I(100), {abc, "defg", 1.5}),
    C = term_to_binary(Big, [compressed]),
    io:format("~w~n", [{compressed_roundtrip, binary_to_term(C) =:= Big, binary:first(C), binary:at(C, 1),
                        byte_size(C) < byte_size(term_to_binary(Big))}]),
    io:format("~w~n", [{compressed_levels, [binary_to_term(term_to_binary(Big, [{compressed, L}])) =:= Big || L <- [0, 1, 9]]}]),
    io:format("~w~n", [{small_not_compressed, term_to_binary(I(a), [compressed])}]),
    io:format("~w~n", [{iovec, iolist_to_binary(term_to_iovec(I({a, <<"binary data">>}))) =:= term_to_binary({a, <<"binary data">>})}]),
    io:format("~w~n", [{external_size, [erlang:external_size(I(T)) =:= byte_size(term_to_binary(T)) || T <- [a, 1 bsl 100, "abc", #{a => 1}]]}]),
    ok.

%% keep lines short: first 40 bytes of the encoding
short(B) when byte_size(B) > 40 -> {binary:part(B, 0, 40), '...'};
short(B) -> B.
