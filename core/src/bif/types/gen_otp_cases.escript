#!/usr/bin/env escript
%% Regenerates otp_cases.txt: `escript gen_otp_cases.escript > otp_cases.txt`
%% with OTP 25. Each line is `Function<TAB>Args<TAB>Result`, all in `~w`
%% form, Result being `ok Value` or `error Reason` of `apply(erlang, F, Args)`.
-mode(compile).

main(_) ->
    Vals = [0, -1, 1 bsl 64, 1.5, a, true, false, [], [a], [a|b], {}, {a},
            {a, b}, {1, 2, 3}, <<>>, <<1, 2, 3>>, <<1, 2, 3:4>>, <<1:1>>,
            #{}, #{a => 1}, "abc"],
    Tests = [is_atom, is_binary, is_bitstring, is_boolean, is_float,
             is_function, is_integer, is_list, is_map, is_number, is_pid,
             is_port, is_reference, is_tuple, tuple_size, size, byte_size,
             bit_size, hd, tl, length, tuple_to_list, list_to_tuple, map_size,
             node],
    Idx = [-1, 0, 1, 2, 3, 4, 1 bsl 64, 1.0, a],
    Tuples = [{}, {a}, {a, b, c}, x, [a]],
    Cases =
        [{F, [V]} || F <- Tests, V <- Vals] ++
        [{element, [I, T]} || I <- Idx, T <- Tuples] ++
        [{setelement, [I, T, z]} || I <- Idx, T <- Tuples] ++
        [{insert_element, [I, T, z]} || I <- Idx, T <- Tuples] ++
        [{delete_element, [I, T]} || I <- Idx, T <- Tuples] ++
        [{append_element, [T, z]} || T <- Tuples] ++
        [{is_function, [V, A]} || V <- [a, {}], A <- [-1, 0, 1, 1 bsl 64, -(1 bsl 64), a, 1.0]] ++
        [{is_record, [V, T]} || V <- [{a, b}, {a}, {}, {b, a}, [a], a], T <- [a, 1, "a"]] ++
        [{is_record, [V, T, S]} || V <- [{a, b}, {a}, {}, {b, a}, a],
                                   T <- [a, 1], S <- [-1, 0, 1, 2, 1 bsl 64, x]] ++
        [{make_tuple, [N, x]} || N <- [-1, 0, 1, 3, 1 bsl 64, 1.0, a, 16777216]] ++
        [{make_tuple, [N, x, L]} || N <- [0, 1, 3, -1],
                                    L <- [[], [{1, a}], [{1, a}, {3, b}, {1, c}],
                                          [{4, a}], [{0, a}], [a], [{1, a} | b],
                                          [{1, a, b}], [{a, 1}], a]] ++
        [{length, [L]} || L <- [[1, 2, 3], [1 | 2], [1, 2 | <<>>], a, <<>>]] ++
        [{map_get, [K, M]} || K <- [a, b, 1, 1.0], M <- [#{a => 1, 1 => x}, #{}, a, [a]]] ++
        [{is_map_key, [K, M]} || K <- [a, b, 1, 1.0], M <- [#{a => 1, 1 => x}, #{}, a]] ++
        [{binary_part, [B, {S, L}]} || B <- [<<1, 2, 3>>, <<1, 2, 3, 4:4>>, <<>>, a],
                                       S <- [-1, 0, 1, 3, 4, 1 bsl 64],
                                       L <- [-4, -3, -1, 0, 1, 2, 3, 1 bsl 64]] ++
        [{binary_part, [<<1, 2, 3>>, P]} || P <- [{1}, {1, 1, 1}, x, [1, 1], {a, 1}, {1, 1.0}]] ++
        [{binary_part, [<<1, 2, 3>>, S, L]} || S <- [0, 1, 3], L <- [-1, 0, 2]] ++
        [{split_binary, [B, P]} || B <- [<<1, 2, 3>>, <<1, 2, 3:4>>, <<>>, <<1:1>>, a],
                                   P <- [-1, 0, 1, 2, 3, 4, 1 bsl 64, a]] ++
        [{node, []}],
    lists:foreach(fun({F, Args}) -> line(F, Args) end, Cases).

line(F, Args) ->
    R = try apply(erlang, F, Args) of
            V -> io_lib:format("ok ~w", [V])
        catch
            error:E -> io_lib:format("error ~w", [E])
        end,
    io:put_chars([io_lib:format("~w\t~w\t", [F, Args]), R, $\n]).
