using System.Diagnostics;
using ParentPartner.Matching.Engine.Profiles;
using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// Batch assignment. The exact model has an arc for every feasible pair. The pruned model keeps each referral's
/// best arcs and each support parent's best referrals, solves, then checks every pair outside the model against
/// the flow's dual prices (the scan's ranked candidates from memory, beyond them only the cheapest few scored),
/// adds back the most violated arcs and re-optimises from the flow it has (<see cref="FlowRepair"/>; a fresh
/// solve if that runs over budget) until no pair outside the model could raise the total.
/// </summary>
internal static class BatchAssigner
{
    private const int MaxEntities = 1 << 24;

    /// <summary>Re-optimising may relax this many arcs per arc (and node) of the model before a fresh solve is cheaper.</summary>
    private const long RepairWorkPerArc = 200;

    /// <summary>
    /// Arcs within this many hundredths of being violated are added too: prices move when arcs are added,
    /// and taking the nearly-violated ones along saves re-solves.
    /// </summary>
    private const int Slack = 200;

    public static AssignmentResult Assign(
        MatchingSettings settings,
        IEnumerable<WaitingReferral> queue,
        IEnumerable<SupportParentProfile> pool,
        ExcludedPairSet exclusions,
        AssignmentOptions options,
        CancellationToken cancellationToken)
    {
        Validate(options);
        var referrals = CanonicalOrder.Referrals(queue);
        var candidates = CanonicalOrder.Candidates(pool);
        if (referrals.Length >= MaxEntities || candidates.Length >= MaxEntities)
        {
            throw new ArgumentException($"At most {MaxEntities - 1} referrals and {MaxEntities - 1} support parents per batch.");
        }

        var model = new ScoringModel(settings, candidates, referrals);
        var referralCount = referrals.Length;
        var candidateCount = candidates.Length;
        var capacity = new int[candidateCount];
        for (var c = 0; c < candidateCount; c++)
        {
            capacity[c] = model.StaticViolations(c) == 0 ? candidates[c].RemainingCapacity : 0;
        }

        var excluded = ExcludedIndices(referrals, candidates, exclusions);
        var exact = options.Mode == AssignmentMode.Exact
            || (options.Mode == AssignmentMode.Auto && (long)referralCount * candidateCount <= options.ExactModelMaxPairs);
        // The scan ranks a few more candidates than the model takes: the dual check then reads them instead of
        // scoring them again, and the greedy baseline rarely has to rescan a row.
        var modelPrefix = exact ? candidateCount : options.CandidatesPerReferral;
        var keep = Math.Max(1, Math.Min(exact ? candidateCount : Math.Max(modelPrefix, options.CandidatesRankedPerReferral), candidateCount));
        var columnLimits = exact ? null : capacity.Select(k => k > 0 ? options.ReferralsPerOpenPlace * (k + 1) : 0).ToArray();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };

        var clock = Stopwatch.StartNew();
        var arcs = new ArcTable(referralCount);
        var workspaces = new List<RowWorkspace>();
        Parallel.For(
            0,
            referralCount,
            parallel,
            () => new RowWorkspace(model, keep, columnLimits),
            (r, _, ws) =>
            {
                ScanRow(r, ws, excluded[r], arcs, keep, exact, modelPrefix);
                return ws;
            },
            ws =>
            {
                lock (workspaces) workspaces.Add(ws);
            });
        arcs.FeasiblePairs = workspaces.Sum(w => w.Feasible);
        if (!exact) AddSupportParentArcs(arcs, workspaces, candidateCount);
        var scoringTime = clock.Elapsed;

        // The greedy baseline needs only the scan's results, so it runs beside the solver on the other core.
        var greedyTask = Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var assigned = GreedyAssigner.Run(model, arcs, capacity, excluded, out var scores);
            return (Assigned: assigned, Scores: scores, Time: Stopwatch.GetElapsedTime(started));
        });

        clock.Restart();
        var chosen = FlowSolver.Solve(arcs, capacity);
        var solveTime = clock.Elapsed;
        var certificateTime = TimeSpan.Zero;
        var solves = 1;
        var reoptimisations = 0;
        var added = 0;
        var proven = exact;

        for (var round = 0; !exact; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.Restart();
            var budget = (400L * (arcs.TotalArcs + referralCount + candidateCount)) + 1_000_000;
            var prices = DualPrices.Compute(arcs, chosen, capacity, budget);
            if (prices is null)
            {
                certificateTime += clock.Elapsed;
                break;
            }

            var violations = FindViolations(model, arcs, excluded, capacity, prices, options.ArcsAddedPerReferralPerRound, parallel, out var violatedRows);
            certificateTime += clock.Elapsed;
            if (violatedRows == 0)
            {
                // Every pair outside the model was checked (or bounded) against the prices: none can raise the total.
                proven = true;
                break;
            }

            if (round == options.MaxRefinementRounds) break;

            // Referrals with an arc that beats their prices are re-routed; arcs only nearly violated just join the model.
            var reroute = new List<int>();
            for (var r = 0; r < referralCount; r++)
            {
                if (violations[r] is not { } row) continue;
                if (row.Scores[0] > prices.Referral[r] + prices.Candidate[row.Candidates[0]]) reroute.Add(r);
                arcs.Append(r, row.Candidates, row.Scores);
                added += row.Candidates.Length;
            }

            clock.Restart();
            var repairBudget = RepairWorkPerArc * (arcs.TotalArcs + referralCount + candidateCount);
            if (FlowRepair.Reoptimise(arcs, chosen, capacity, prices, reroute, repairBudget) is { } repaired)
            {
                chosen = repaired;
                reoptimisations++;
            }
            else
            {
                chosen = FlowSolver.Solve(arcs, capacity);
                solves++;
            }

            solveTime += clock.Elapsed;
        }

        var (greedyAssigned, greedyScores, greedyTime) = greedyTask.GetAwaiter().GetResult();

        var optimal = new int[referralCount];
        var optimalScores = new int[referralCount];
        for (var r = 0; r < referralCount; r++)
        {
            optimal[r] = chosen[r] >= 0 ? arcs.Candidates[r][chosen[r]] : -1;
            optimalScores[r] = chosen[r] >= 0 ? arcs.Scores[r][chosen[r]] : 0;
        }

        var greedy = Pairs(referrals, candidates, greedyAssigned, greedyScores, out var greedyTotal, out var greedyUnmatched);
        var pairs = Pairs(referrals, candidates, optimal, optimalScores, out var total, out var unmatched);
        var method = exact ? AssignmentMethod.ExactModel : AssignmentMethod.PrunedModel;
        if (!proven && greedyTotal > total)
        {
            // Only reachable when pruning could not be certified: never return less than the baseline.
            (pairs, total, unmatched, method) = (greedy, greedyTotal, greedyUnmatched, AssignmentMethod.GreedyFallback);
        }

        return new AssignmentResult
        {
            Pairs = pairs,
            UnmatchedReferralIds = unmatched,
            TotalScoreHundredths = total,
            ProvenOptimal = proven,
            Method = method,
            Greedy = new AssignmentBaseline { Pairs = greedy, TotalScoreHundredths = greedyTotal },
            Diagnostics = new AssignmentDiagnostics
            {
                Referrals = referralCount,
                Candidates = candidateCount,
                FeasiblePairs = arcs.FeasiblePairs,
                PairArcs = arcs.TotalArcs,
                ArcsAddedBack = added,
                Solves = solves,
                Reoptimisations = reoptimisations,
                ScoringTime = scoringTime,
                SolveTime = solveTime,
                CertificateTime = certificateTime,
                GreedyTime = greedyTime,
            },
        };
    }

    /// <summary>
    /// One referral against every candidate: its best <paramref name="keep"/> (all feasible ones in the exact model)
    /// into the arc table, and its offers to each candidate's column heap. The loop keeps its state in locals, and the
    /// sinks are called only for the few pairs that can enter them.
    /// </summary>
    private static void ScanRow(int r, RowWorkspace ws, int[]? excluded, ArcTable arcs, int keep, bool exact, int modelPrefix)
    {
        ws.Block(excluded, 1);
        ws.Scorer.Prepare(r);
        ws.Scorer.ScoreRow(ws.Blocked, ws.RowScores);
        ws.Block(excluded, 0);

        var top = new TopSink(ws.Top, keep, exact);
        var admit = top.Admit;
        var columns = ws.Columns;
        var columnAdmit = columns?.Admit ?? ws.NoColumns;
        var scores = ws.RowScores;
        var feasible = 0;
        var bestLeftOut = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            var score = scores[c];
            if (score == RowScorer.NotEligible) continue;
            feasible++;
            if (score >= columnAdmit[c]) columns!.Add(c, r, score);
            // Candidates come in index order, so one tying the worst kept score loses the tie: strictly above only.
            if (score > admit)
            {
                top.Add(c, score);
                admit = top.Admit;
            }
            else if (score > bestLeftOut)
            {
                bestLeftOut = score;
            }
        }

        top.Drain(out var rowCandidates, out var rowScores);
        arcs.SetRow(r, rowCandidates, rowScores, Math.Max(bestLeftOut, top.BestLeftOut), modelPrefix);
        ws.Feasible += feasible;
    }

    private static void Validate(AssignmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.CandidatesPerReferral < 1) throw new ArgumentException("CandidatesPerReferral must be at least 1.", nameof(options));
        if (options.CandidatesRankedPerReferral < 1) throw new ArgumentException("CandidatesRankedPerReferral must be at least 1.", nameof(options));
        if (options.ReferralsPerOpenPlace < 0) throw new ArgumentException("ReferralsPerOpenPlace must not be negative.", nameof(options));
        if (options.ArcsAddedPerReferralPerRound < 1) throw new ArgumentException("ArcsAddedPerReferralPerRound must be at least 1.", nameof(options));
        if (options.MaxRefinementRounds < 0) throw new ArgumentException("MaxRefinementRounds must not be negative.", nameof(options));
    }

    /// <summary>Each support parent's best referrals join the model (those not already among the referral's own best).</summary>
    private static void AddSupportParentArcs(ArcTable arcs, List<RowWorkspace> workspaces, int candidateCount)
    {
        var columnArcs = ColumnHeaps.Merge(workspaces.Select(w => w.Columns!).ToList(), candidateCount);
        var i = 0;
        while (i < columnArcs.Count)
        {
            var r = columnArcs[i].Referral;
            var newCandidates = new List<int>();
            var newScores = new List<int>();
            for (; i < columnArcs.Count && columnArcs[i].Referral == r; i++)
            {
                if (arcs.Contains(r, columnArcs[i].Candidate)) continue;
                newCandidates.Add(columnArcs[i].Candidate);
                newScores.Add(columnArcs[i].Score);
            }

            arcs.Append(r, [.. newCandidates], [.. newScores]);
        }
    }

    /// <summary>
    /// For every referral, the pairs outside the model whose score exceeds the referral's price plus the
    /// candidate's price. The scan's ranked candidates are checked from memory; beyond them only candidates priced
    /// below (best score left unranked − referral price) can qualify, and those are scored cheapest first, so most
    /// rows score a handful or none.
    /// </summary>
    private static (int[] Candidates, int[] Scores)?[] FindViolations(
        ScoringModel model,
        ArcTable arcs,
        int[]?[] excluded,
        int[] capacity,
        DualPrices prices,
        int perRow,
        ParallelOptions parallel,
        out int violatedRows)
    {
        var open = Enumerable.Range(0, capacity.Length).Where(c => capacity[c] > 0).ToArray();
        var byPrice = open.OrderBy(c => prices.Candidate[c]).ThenBy(c => c).ToArray();
        var sortedPrices = byPrice.Select(c => prices.Candidate[c]).ToArray();
        var referralCount = arcs.Candidates.Length;
        var result = new (int[] Candidates, int[] Scores)?[referralCount];
        var violated = 0;
        Parallel.For(
            0,
            referralCount,
            parallel,
            () => new RowWorkspace(model, perRow, null),
            (r, _, ws) =>
            {
                var ranked = arcs.RankedCandidates[r];
                var rankedScores = arcs.RankedScores[r];
                var inModel = arcs.Candidates[r];
                var floor = prices.Referral[r] - Slack;
                var sink = new ViolationSink(floor, prices.Candidate, new TopSink(ws.Top, perRow, false));
                ws.Block(inModel, 1);
                for (var k = 0; k < ranked.Length; k++)
                {
                    if (ws.Blocked[ranked[k]] == 0) sink.Add(ranked[k], rankedScores[k]);
                }

                var bound = arcs.BestOutsideRanked[r];
                var cheap = bound < 0 ? 0 : LowerBound(sortedPrices, bound - floor);
                if (cheap > 0)
                {
                    ws.Block(excluded[r], 1);
                    ws.Block(ranked, 1);
                    ws.Scorer.Prepare(r);
                    ws.Scorer.ScoreList(byPrice.AsSpan(0, cheap), ws.Blocked, ref sink);
                    ws.Block(excluded[r], 0);
                    ws.Block(ranked, 0);
                }

                ws.Block(inModel, 0);
                if (sink.MostViolated.Count == 0) return ws;

                sink.MostViolated.Drain(out var rowCandidates, out var reduced);
                var scores = new int[rowCandidates.Length];
                for (var k = 0; k < scores.Length; k++)
                {
                    scores[k] = (int)(reduced[k] + floor + prices.Candidate[rowCandidates[k]]);
                }

                if (reduced[0] > Slack) Interlocked.Increment(ref violated);

                result[r] = (rowCandidates, scores);
                return ws;
            },
            _ => { });
        violatedRows = violated;
        return result;
    }

    /// <summary>How many sorted values are below the threshold.</summary>
    private static int LowerBound(long[] sorted, long threshold)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < threshold) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static int[]?[] ExcludedIndices(WaitingReferral[] referrals, SupportParentProfile[] candidates, ExcludedPairSet exclusions)
    {
        var excluded = new int[]?[referrals.Length];
        if (exclusions.Count == 0) return excluded;
        var index = new Dictionary<Guid, int>(candidates.Length);
        for (var c = 0; c < candidates.Length; c++) index[candidates[c].Id] = c;
        for (var r = 0; r < referrals.Length; r++)
        {
            if (exclusions.ForReferral(referrals[r].Id) is not { } mine) continue;
            var list = new List<int>(mine.Count);
            foreach (var id in mine.Keys)
            {
                if (index.TryGetValue(id, out var c)) list.Add(c);
            }

            excluded[r] = [.. list];
        }

        return excluded;
    }

    private static List<AssignedPair> Pairs(
        WaitingReferral[] referrals,
        SupportParentProfile[] candidates,
        int[] assigned,
        int[] scores,
        out long total,
        out List<Guid> unmatched)
    {
        var pairs = new List<AssignedPair>();
        unmatched = [];
        total = 0;
        for (var r = 0; r < referrals.Length; r++)
        {
            if (assigned[r] < 0)
            {
                unmatched.Add(referrals[r].Id);
                continue;
            }

            pairs.Add(new AssignedPair(referrals[r].Id, candidates[assigned[r]].Id, scores[r]));
            total += scores[r];
        }

        return pairs;
    }
}
