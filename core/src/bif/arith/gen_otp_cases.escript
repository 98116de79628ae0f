#!/usr/bin/env escript
%% Regenerates otp_cases.txt: `escript gen_otp_cases.escript > otp_cases.txt`
%% with OTP 25. Each line is `Function<TAB>Args<TAB>Result`, all in `~w`
%% form, Result being `ok Value` or `error Reason` of `apply(erlang, F, Args)`.
-mode(compile).

main(_) ->
    Nums = [0, 1, -1, 2, 7, -7, 3, 255, 256, -256, 59, 60, 63, 64, 100,
            (1 bsl 59) - 1, -(1 bsl 59), 1 bsl 59, -(1 bsl 59) - 1,
            1 bsl 60, 1 bsl 62, (1 bsl 63) - 1, 1 bsl 63, -(1 bsl 63),
            1 bsl 64, -(1 bsl 64), (1 bsl 64) + 1, (1 bsl 100) + 12345,
            -(1 bsl 100) - 3, (1 bsl 127) - 1, 1 bsl 1023, (1 bsl 1024) - 1,
            1 bsl 1024, -(1 bsl 1024),
            0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.49999999999999994,
            1.0e15 + 0.5, 4503599627370497.0, 1.0e300, -1.0e300, 1.0e308,
            1.7976931348623157e308, 5.0e-324, 1.0e-300, 1.2345e18, -9.9e19,
            a, [], [1], {1}, <<1>>],
    Pair = [0, 1, -1, 7, -7, 255, (1 bsl 59) - 1, -(1 bsl 59), 1 bsl 59,
            -(1 bsl 59) - 1, (1 bsl 63) - 1, -(1 bsl 63), 1 bsl 64, -(1 bsl 64),
            (1 bsl 100) + 12345, -(1 bsl 100) - 3, 1 bsl 200,
            0.0, -0.0, 1.0, -2.5, 0.49999999999999994, 4503599627370497.0,
            1.0e300, 1.7976931348623157e308, 5.0e-324, -9.9e19, a, [1], <<1>>],
    Shifts = [0, 1, -1, 3, -3, 59, 60, 63, 64, 65, -59, -60, -63, -64, -65,
              100, -100, 1000, -1000, 1 bsl 64, -(1 bsl 64), 1.0, a],
    Bin = ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', min, max,
           '==', '/=', '=:=', '=/=', '<', '>', '=<', '>='],
    Un = ['-', '+', 'bnot', abs, float, trunc, round, ceil, floor],
    Bools = [true, false, 1, a],
    Cases =
        [{F, [A, B]} || F <- Bin, A <- Pair, B <- Pair] ++
        [{F, [A, S]} || F <- ['bsl', 'bsr'], A <- Pair, S <- Shifts] ++
        [{F, [A]} || F <- Un, A <- Nums] ++
        [{F, [A, B]} || F <- ['and', 'or', 'xor'], A <- Bools, B <- Bools] ++
        [{'not', [A]} || A <- Bools] ++
        [{'bsl', [1, 33554368]}, {'bsl', [-1, 33554368]},
         {'bsl', [0, 1 bsl 70]}, {'bsl', [a, 1 bsl 70]}, {'bsr', [5, -(1 bsl 70)]},
         {'bsr', [0, -(1 bsl 70)]}, {'bsr', [-5, 1 bsl 70]}, {'bsl', [-5, -(1 bsl 70)]},
         {'bsl', [1 bsl 70, 33554367]}, {'bsr', [-(1 bsl 200), 199]},
         {'bsr', [-(1 bsl 200), 200]}, {'bsr', [-(1 bsl 200), 201]},
         {'bsr', [-(1 bsl 200) - 1, 200]}, {'bsr', [(1 bsl 200) - 1, 200]},
         {'band', [-(1 bsl 100), (1 bsl 101) - 1]}, {'bor', [-(1 bsl 100), 12345]},
         {'bxor', [-(1 bsl 100) - 1, -(1 bsl 70)]}, {'band', [-(1 bsl 64), -1]},
         {'bnot', [-(1 bsl 100)]}, {'div', [-(1 bsl 59), -1]},
         {'rem', [-(1 bsl 100) - 3, 7]}, {'div', [-(1 bsl 100) - 3, 7]},
         {'div', [7, -(1 bsl 100)]}, {'/', [1 bsl 1100, 1 bsl 1099]},
         {'*', [1.0e200, 1.0e200]}, {'-', [-1.0e308, 1.0e308]},
         {'/', [1.0, 1.0e-320]}, {'/', [0.0, 0]}, {'+', [(1 bsl 1024) - 1, 0.0]},
         {'+', [(1 bsl 1024) - (1 bsl 970), 0.0]},
         {'+', [(1 bsl 116) + (1 bsl 63) + 1, 0.0]},
         {float, [(1 bsl 116) + (1 bsl 63) + 1]},
         {float, [(1 bsl 1024) - (1 bsl 970) - 1]},
         {float, [(1 bsl 1024) - (1 bsl 970)]},
         {round, [0.49999999999999994]}, {round, [-0.5]}, {trunc, [-0.0]},
         {trunc, [1.0e300]}, {ceil, [-1.0e-300]}, {floor, [-1.0e-300]}],
    lists:foreach(fun({F, Args}) -> line(F, Args) end, Cases).

line(F, Args) ->
    R = try apply(erlang, F, Args) of
            V -> io_lib:format("ok ~w", [V])
        catch
            error:E -> io_lib:format("error ~w", [E])
        end,
    io:put_chars([io_lib:format("~w\t~w\t", [F, Args]), R, $\n]).
