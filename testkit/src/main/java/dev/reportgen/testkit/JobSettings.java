package dev.reportgen.testkit;

import java.nio.file.Path;

/**
 * How the fake server's asynchronous jobs behave.
 *
 * @param stepsPerPoll status steps every job advances per poll of a job endpoint
 * @param runningSteps steps a job spends in {@code running}, {@code completed_rows} rising
 * @param maxJobs unfinished jobs allowed at once; further submissions are refused
 * @param gzipResults whether results files are gzip-compressed ({@code .csv.gz})
 * @param destinationRoot the directory under which each destination gets its own directory
 */
record JobSettings(
    int stepsPerPoll, int runningSteps, int maxJobs, boolean gzipResults, Path destinationRoot) {}
