#!/usr/bin/env escript
%% Regenerates otp_cases.txt: `escript gen_otp_cases.escript > otp_cases.txt`
%% with OTP 25. Each line is `Function<TAB>Args<TAB>Result`, all in `~w`
%% form, Result being `ok Value` or `error Reason` of `apply(erlang, F, Args)`.
-mode(compile).

main(_) ->
    io:setopts([{encoding, unicode}]),
    U = list_to_atom([1000, 65]),
    L1 = list_to_atom([200, $b]),
    Long = list_to_binary(lists:duplicate(255, $q)),
    Atoms = [a, 'A b', '', U, L1, 'hello_world'],
    Encs = [latin1, utf8, unicode, foo, 1],
    Ints = [0, -1, 255, -255, 1 bsl 59, -(1 bsl 64), (1 bsl 100) + 7, a, 1.0],
    Bases = [2, 8, 10, 16, 36, 1, 37, -16, 1 bsl 64, a],
    IntTexts = ["0", "-0", "+0", "12", "-12", "+12", "12a", "", "-", "+", "--1",
                "+-1", " 1", "1 ", "1_000", "ff", "FF", "fF", "z", "Z",
                "123456789012345678901234567890", "-99999999999999999999",
                "576460752303423487", "576460752303423488", "-576460752303423488",
                "-576460752303423489", "1\0", [$1, 16#131], [-207], [$1 | $2],
                [$1, a], [$1, 1 bsl 64], "1e3", "0x10"],
    Floats = [0.0, -0.0, 0.1, 1.0, -1.5, 2.5, 0.125, 1.0e300, -1.0e-300, 5.0e-324,
              1.7976931348623157e308, 123456789.125, 1.0e15, 1.0e16],
    FOpts = [[], [short], [compact], [{decimals, 0}], [{decimals, 3}],
             [{decimals, 3}, compact], [compact, {decimals, 20}], [{decimals, 253}],
             [{decimals, -1}], [{scientific, 3}], [{scientific, 0}],
             [{scientific, -1}], [{decimals, 2}, short], [short, {scientific, 2}],
             [{decimals, 1 bsl 64}], [{decimals, 4294967298}], [foo], [short | x],
             x, [{decimals, a}], [{decimals, 1, 2}]],
    FloatTexts = ["1.5", "1e3", "1.0e3", "1.0E+3", "-1.5", "+1.5", ".5", "1.",
                  "1,5", "1.5e", "inf", "1.0e400", "1.0e-400", "0.0", "-0.0",
                  "1.5\0abc", " 1.5", "1.5 ", "", "1", [$1, $., $5, 300],
                  [$1, $. | $5], "2.2250738585072011e-308",
                  "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792.0"],
    IoLists = [[], [1, 2], [<<1, 2>>, 3 | <<4>>], [[[[1]]], [[]], <<>>], [1 | 2],
               [256], [-1], [a], <<1, 2>>, <<1:1>>, [<<1:1>>], [<<1:1>>, <<1:7>>],
               [1 | <<1:1>>], [<<1:1>> | <<1:1>>], a, [[1 | <<2>>] | <<3>>],
               [<<1, 2, 3:4>>, <<5:4>>], "abc", [1.0], [[1, 2] | a]],
    Terms = [a, 1, -1, 255, 256, 1 bsl 40, -(1 bsl 40), 1 bsl 100, -(1 bsl 100),
             1.5, -0.0, 0.0, [], "abc", [1, a | b], {}, {a, [1.0]}, <<>>, <<1, 2, 3>>,
             <<1, 2, 3:5>>, #{}, #{a => 1, b => [2]}, U, L1, list_to_atom([255]),
             lists:seq(1, 300), [256, 1], {1, {2, {3, {4}}}},
             list_to_binary(lists:seq(0, 255))],
    Blobs = [term_to_binary(T) || T <- Terms] ++
            [<<131>>, <<>>, <<131, 100, 0, 3, "xyq">>, <<131, 97, 1, 5>>, <<1:1>>,
             <<131, 97, 1, 5:1>>, <<131, 119, 1, 200>>, <<131, 118, 0, 1, 200>>,
             <<131, 77, 0, 0, 0, 1, 9, 255>>, <<131, 77, 0, 0, 0, 1, 0, 255>>,
             term_to_binary(lists:seq(1, 100), [compressed]),
             term_to_binary(xyzzy_exists_in_otp), a],
    Cases =
        [{atom_to_list, [A]} || A <- Atoms ++ [1, "a"]] ++
        [{atom_to_binary, [A]} || A <- Atoms ++ [1]] ++
        [{atom_to_binary, [A, E]} || A <- Atoms, E <- Encs] ++
        [{binary_to_atom, [B]} || B <- [<<"abc">>, <<195, 136>>, <<200>>, <<1:1>>,
                                        <<>>, <<0>>, <<192, 128>>, <<237, 160, 128>>,
                                        <<240, 159, 152, 128>>, Long, <<Long/binary, "q">>,
                                        list_to_binary(lists:duplicate(255, <<195, 136>>)),
                                        list_to_binary(lists:duplicate(256, <<195, 136>>)),
                                        list_to_binary(lists:duplicate(1021, $x)),
                                        abc, "abc"]] ++
        [{binary_to_atom, [B, E]} || B <- [<<"abc">>, <<200>>, <<195, 136>>,
                                           list_to_binary(lists:duplicate(255, 200)),
                                           list_to_binary(lists:duplicate(256, 200))],
                                     E <- Encs] ++
        [{binary_to_existing_atom, [B]} || B <- [<<"ok">>, <<"xyzzy_nonexist_beamr">>,
                                                 <<Long/binary, "q">>, <<200>>, a]] ++
        [{binary_to_existing_atom, [B, E]} || B <- [<<"ok">>, <<"xyzzy_nonexist_beamr">>],
                                              E <- Encs] ++
        [{list_to_atom, [L]} || L <- ["abc", [1000, 65], [16#D800], [16#10FFFF],
                                      [16#110000], [-1], [a], "a" ++ <<"b">>, [$a | b],
                                      [], lists:duplicate(255, 1000),
                                      lists:duplicate(256, 1000),
                                      lists:duplicate(256, $a) ++ [foo],
                                      [foo | lists:duplicate(256, $a)],
                                      lists:duplicate(255, $a) ++ [foo],
                                      <<"abc">>]] ++
        [{list_to_existing_atom, [L]} || L <- ["ok", "xyzzy_nonexist_beamr",
                                               lists:duplicate(256, $a), [a], <<"ok">>]] ++
        [{integer_to_list, [I]} || I <- Ints] ++
        [{integer_to_binary, [I]} || I <- Ints] ++
        [{integer_to_list, [I, B]} || I <- Ints, B <- Bases] ++
        [{integer_to_binary, [I, B]} || I <- [-255, (1 bsl 100) + 7, a], B <- Bases] ++
        [{list_to_integer, [T]} || T <- IntTexts ++ [a, <<"1">>]] ++
        [{binary_to_integer, [list_to_binary(T)]} || T <- IntTexts,
                                                     bytes_ok(T)] ++
        [{list_to_integer, [T, B]} || T <- ["ff", "-FF", "z", "Z", "12", "9", "0", "+"],
                                      B <- Bases] ++
        [{binary_to_integer, [list_to_binary(T), B]} || T <- ["ff", "-FF", "z", "12"],
                                                        B <- Bases] ++
        [{binary_to_integer, [B]} || B <- [<<"1":7>>, a, "1"]] ++
        [{float_to_list, [F]} || F <- Floats ++ [1, a]] ++
        [{float_to_binary, [F]} || F <- Floats] ++
        [{float_to_list, [F, O]} || F <- Floats, O <- FOpts] ++
        [{float_to_binary, [F, O]} || F <- [0.1, -1.5, 1.0e300], O <- FOpts] ++
        [{list_to_float, [T]} || T <- FloatTexts ++ [a, <<"1.5">>]] ++
        [{binary_to_float, [list_to_binary(T)]} || T <- FloatTexts,
                                                   bytes_ok(T)] ++
        [{binary_to_float, [B]} || B <- [<<"1.5":7>>, a, "1.5"]] ++
        [{F, [L]} || F <- [list_to_binary, iolist_to_binary, iolist_size,
                           list_to_bitstring], L <- IoLists] ++
        [{binary_to_list, [B]} || B <- [<<>>, <<1, 2, 3>>, <<1, 2, 3:2>>, a, [1]]] ++
        [{binary_to_list, [B, S, E]} || B <- [<<1, 2, 3>>, <<1, 2, 3:2>>, <<>>],
                                        S <- [0, 1, 2, 3, 4, a], E <- [0, 1, 2, 3, 4]] ++
        [{bitstring_to_list, [B]} || B <- [<<>>, <<1, 2, 3>>, <<1, 2, 3:2>>, <<1:1>>, a]] ++
        [{term_to_binary, [T]} || T <- Terms] ++
        [{term_to_binary, [T, O]} || T <- [a, 1.5, U, lists:seq(1, 100)],
                                     O <- [[], [compressed], [{compressed, 0}],
                                           [{compressed, 9}], [{compressed, 10}],
                                           [{minor_version, 0}], [{minor_version, 1}],
                                           [{minor_version, 2}], [{minor_version, 3}],
                                           [deterministic], [foo], [compressed | x],
                                           deterministic, [{compressed, a}],
                                           [{minor_version, 0}, compressed]]] ++
        [{binary_to_term, [B]} || B <- Blobs] ++
        [{binary_to_term, [B, O]} || B <- Blobs, O <- [[], [used], [safe], [safe, used],
                                                      [foo], [used | x], used]] ++
        [{external_size, [T]} || T <- Terms] ++
        [{external_size, [T, O]} || T <- [a, 1.5, U, lists:seq(1, 100)],
                                    O <- [[], [{minor_version, 0}], [{minor_version, 1}],
                                          [{minor_version, 2}], [compressed],
                                          [deterministic], x]] ++
        [{phash2, [T]} || T <- Terms] ++
        [{phash, [T, 1 bsl 32]} || T <- Terms] ++
        [{phash, [T, 1000]} || T <- Terms] ++
        [{phash2, [T, R]} || T <- [a, {1, 2}, <<1:3>>], R <- [0, 1, 7, 1 bsl 32, (1 bsl 32) + 1, -1, a]] ++
        [{phash, [T, R]} || T <- [a, {1, 2}], R <- [0, 1, 7, (1 bsl 32) - 1, 1 bsl 32, (1 bsl 32) + 1, a]] ++
        [{F, [D]} || F <- [crc32, adler32, md5],
                     D <- [<<>>, <<"hello">>, [<<"hello">>, $a], [1 | <<2>>], <<1:1>>, a,
                           [256], list_to_binary(lists:seq(0, 255))]] ++
        [{F, [S, D]} || F <- [crc32, adler32], S <- [0, 1, 5, (1 bsl 32) - 1, 1 bsl 32, -1, a],
                        D <- [<<"hello">>, [<<"hello">>, 1], a]] ++
        [{F, [A, B, N]} || F <- [crc32_combine, adler32_combine],
                           A <- [1, 16#FFFFFFFF], B <- [2, 0], N <- [0, 3, 100000, 123456789, (1 bsl 32) - 1, 1 bsl 32, 1 bsl 40, -1, a]],
    lists:foreach(fun({F, Args}) -> line(F, Args) end, Cases).

bytes_ok(T) ->
    try list_to_binary(T) of _ -> true catch _:_ -> false end.

line(F, Args) ->
    R = try apply(erlang, F, Args) of
            V -> io_lib:format("ok ~w", [V])
        catch
            error:E -> io_lib:format("error ~w", [E])
        end,
    io:put_chars([io_lib:format("~w\t~w\t", [F, Args]), R, $\n]).
