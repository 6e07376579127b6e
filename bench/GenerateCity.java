import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic, seeded generator of a city's mutual-aid book: units, working members and retirees with a
 * realistic age and sex mix, and claims with log-normal severities and payment lags. Default scale: Shanghai at
 * the end of 2001 (2.56 million working members in about 20,000 units, 2.17 million retirees, 1.9 million in the
 * serious-illness plan); {@code --working} scales everything else proportionally.
 *
 * <pre>
 * java bench/GenerateCity.java --out DIR [--working 2560000] [--seed 2001] [--period 2026-10-01]
 *                              [--claims-from 2026-10-01] [--claims-to 2026-11-28] [--received-by 2026-11-28]
 *                              [--frequency 0.10]   (inpatient stays per member-year)
 * </pre>
 *
 * Writes into DIR:
 * <ul>
 * <li>{@code units.csv}: code, size (working members), retirees (unit sizes log-normal, mean 128)</li>
 * <li>{@code lists/CODE.csv}: the unit's upload file of working members (the enrolment-list CSV format)</li>
 * <li>{@code retirees/CODE.csv}: the unit's retirees (retiree plan format), when there are any</li>
 * <li>{@code claims.jsonl}: one {@code POST /api/v1/claims} body per line, inpatient stays of working members in
 *     the working inpatient plan, service dates in [claims-from, claims-to), about 10% of members a year,
 *     frequency rising with age; total cost log-normal; received after a lag of mostly 1–3 months with a tail
 *     (capped at received-by, the day the data is loaded)</li>
 * <li>{@code serious.jsonl}: serious-illness diagnoses (incidence rising exponentially with age) of the
 *     serious-illness plan members (the first 1.90/2.56 of working members), same window</li>
 * <li>{@code ids.txt}: every working member's resident ID (for the coverage load test)</li>
 * </ul>
 * The same arguments always give the same files.
 */
public class GenerateCity {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "胡", "沈", "顾",
            "陆", "蒋", "钱", "曹"};
    private static final String[] GIVEN = {"建国", "秀英", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "卫东",
            "红", "国庆", "美华", "志刚", "丽娟"};
    /** Shanghai district codes (2001 era), the first six digits of a resident ID. */
    private static final int[] REGIONS = {310101, 310103, 310104, 310105, 310106, 310107, 310108, 310109, 310110, 310112,
            310113, 310114, 310115, 310116, 310117, 310118, 310225, 310226, 310229, 310230};
    /** Working members by 5-year age band from 20 (20–24 … 55–59): a 2001 workforce, heaviest in the forties. */
    private static final double[] WORKING_AGE = {7, 11, 13, 16, 18, 16, 12, 7};
    /** Retirees by 5-year age band from 50 (50–54 … 85–89). */
    private static final double[] RETIREE_AGE = {14, 18, 17, 15, 13, 11, 8, 4};
    private static final String[][] HOSPITALS = {{"上海市第一人民医院", "TERTIARY"}, {"瑞金医院", "TERTIARY"}, {"华山医院", "TERTIARY"},
            {"仁济医院", "TERTIARY"}, {"上海市第六人民医院", "TERTIARY"}, {"浦东新区人民医院", "SECONDARY"}, {"徐汇区中心医院", "SECONDARY"},
            {"长宁区天山中医医院", "SECONDARY"}, {"社区卫生服务中心", "PRIMARY"}};
    private static final String[] ICD = {"K35.8", "J18.9", "I10", "I63.9", "E11.9", "K80.2", "M51.2", "N20.0", "S72.0", "C34.9", "I21.9", "O80"};
    private static final String[][] SERIOUS = {{"C34.9", "MALIGNANT_TUMOUR"}, {"C16.9", "MALIGNANT_TUMOUR"}, {"I21.9", "ACUTE_MYOCARDIAL_INFARCTION"},
            {"I69.3", "STROKE_SEQUELAE"}, {"N18.5", "END_STAGE_RENAL_FAILURE"}};

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(a.getOrDefault("out", "city"));
        int working = Integer.parseInt(a.getOrDefault("working", "2560000"));
        long seed = Long.parseLong(a.getOrDefault("seed", "2001"));
        LocalDate period = LocalDate.parse(a.getOrDefault("period", LocalDate.now().withDayOfMonth(1).toString()));
        LocalDate from = LocalDate.parse(a.getOrDefault("claims-from", period.minusMonths(36).toString()));
        LocalDate to = LocalDate.parse(a.getOrDefault("claims-to", period.toString()));
        LocalDate receivedBy = LocalDate.parse(a.getOrDefault("received-by", LocalDate.now().minusDays(1).toString()));
        double frequency = Double.parseDouble(a.getOrDefault("frequency", "0.10"));
        long retirees = Math.round(working * 2.17 / 2.56);
        long seriousMembers = Math.round(working * 1.90 / 2.56);
        int meanUnit = 128;
        Random random = new Random(seed);
        Files.createDirectories(out.resolve("lists"));
        Files.createDirectories(out.resolve("retirees"));

        Set<Long> used = new HashSet<>(working * 2);
        long started = System.nanoTime();
        long invoice = 0;
        int claimCount = 0;
        int seriousCount = 0;
        int unitNo = 0;
        int placed = 0;
        long retireesPlaced = 0;
        double years = ChronoUnit.DAYS.between(from, to) / 365.25;
        try (Writer units = writer(out.resolve("units.csv")); Writer claims = writer(out.resolve("claims.jsonl"));
             Writer serious = writer(out.resolve("serious.jsonl")); Writer ids = writer(out.resolve("ids.txt"))) {
            units.write("code,size,retirees\n");
            while (placed < working) {
                unitNo++;
                // log-normal unit size with mean ~128 (median ~60): many small units, a few very large ones
                int size = (int) Math.max(3, Math.round(Math.exp(Math.log(60) + 1.23 * random.nextGaussian())));
                size = Math.min(size, working - placed);
                int unitRetirees = (int) Math.min(retirees - retireesPlaced, Math.round(size * 2.17 / 2.56));
                String code = String.format("C%06d", unitNo);
                units.write(code + "," + size + "," + unitRetirees + "\n");
                try (Writer list = writer(out.resolve("lists").resolve(code + ".csv"))) {
                    list.write("身份证号,姓名,性别,在职状态,参加职工医保,困难职工,份数\n");
                    for (int m = 0; m < size; m++) {
                        boolean male = random.nextDouble() < 0.56;
                        int age = age(random, WORKING_AGE, 20, male ? 60 : 50);
                        String id = residentId(random, used, period, age, male);
                        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                        list.write(id + "," + name + "," + (male ? "男" : "女") + ",在职,是," + (random.nextInt(100) < 3 ? "是" : "否") + ",1\n");
                        ids.write(id + "\n");
                        // inpatient stays: ~10% of members a year, more with age
                        double rate = frequency * (0.55 + 0.9 * (age - 20) / 40.0) * years;
                        int stays = poisson(random, rate);
                        for (int s = 0; s < stays; s++) {
                            claims.write(inpatient(random, id, from, to, receivedBy, "I" + seed + "-" + (++invoice)));
                            claimCount++;
                        }
                        if (placed + m < seriousMembers) {
                            // serious illness: incidence per year rising exponentially with age (~0.1% at 30, ~1% at 58)
                            double incidence = 0.001 * Math.exp(0.08 * (age - 30)) * years;
                            if (random.nextDouble() < incidence) {
                                LocalDate day = day(random, from, to);
                                String[] d = SERIOUS[random.nextInt(SERIOUS.length)];
                                serious.write(String.format(Locale.ROOT, "{\"residentId\":\"%s\",\"planCode\":\"SERIOUS_ILLNESS\",\"type\":\"SERIOUS_ILLNESS\","
                                        + "\"serviceDate\":\"%s\",\"hospital\":\"%s\",\"icd10\":\"%s\",\"diseaseClass\":\"%s\",\"invoiceNumbers\":[],"
                                        + "\"receivedOn\":\"%s\"}\n", id, day, HOSPITALS[random.nextInt(5)][0], d[0], d[1], received(random, day, receivedBy)));
                                seriousCount++;
                            }
                        }
                    }
                }
                if (unitRetirees > 0) {
                    try (Writer list = writer(out.resolve("retirees").resolve(code + ".csv"))) {
                        list.write("身份证号,姓名,性别,在职状态,退休日期,参加职工医保,困难职工,劳模,份数\n");
                        for (int m = 0; m < unitRetirees; m++) {
                            boolean male = random.nextDouble() < 0.47;
                            int age = age(random, RETIREE_AGE, 50, 90);
                            {
                                String id = residentId(random, used, period, Math.max(age, male ? 60 : 50), male);
                                LocalDate retired = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14))
                                        .plusYears(male ? 60 : 50).plusMonths(1).withDayOfMonth(1);
                                list.write(id + "," + SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + ","
                                        + (male ? "男" : "女") + ",退休," + retired + ",是," + (random.nextInt(100) < 5 ? "是" : "否") + ","
                                        + (random.nextInt(1000) < 4 ? "是" : "否") + ",1\n");
                            }
                        }
                    }
                    retireesPlaced += unitRetirees;
                }
                placed += size;
            }
        }
        System.err.printf(Locale.ROOT, "generated %d units, %d working members, %d retirees, %d inpatient claims (%.1f%% of members a year), "
                        + "%d serious-illness diagnoses in %.1f s into %s%n", unitNo, placed, retireesPlaced, claimCount,
                100.0 * claimCount / placed / Math.max(years, 1e-9), seriousCount, (System.nanoTime() - started) / 1e9, out);
    }

    private static String inpatient(Random random, String id, LocalDate from, LocalDate to, LocalDate receivedBy, String invoice) {
        int days = 1 + (int) Math.min(60, Math.round(Math.exp(Math.log(7) + 0.7 * random.nextGaussian())));
        LocalDate admitted = day(random, from, to);
        LocalDate discharged = admitted.plusDays(days - 1);
        if (!discharged.isBefore(to)) {
            discharged = to.minusDays(1);
            admitted = discharged.minusDays(days - 1).isBefore(from) ? from : discharged.minusDays(days - 1);
            days = (int) ChronoUnit.DAYS.between(admitted, discharged) + 1;
        }
        // total cost log-normal: median ~9,000 yuan, heavy right tail
        long totalFen = Math.max(50_000, Math.round(Math.exp(Math.log(900_000) + 0.95 * random.nextGaussian())));
        long basic = Math.round(totalFen * (0.55 + 0.2 * random.nextDouble()));
        long out = Math.round((totalFen - basic) * (0.1 + 0.3 * random.nextDouble()));
        long in = totalFen - basic - out;
        String[] hospital = HOSPITALS[random.nextInt(HOSPITALS.length)];
        return String.format(Locale.ROOT, "{\"residentId\":\"%s\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"%s\","
                        + "\"endDate\":\"%s\",\"daysInHospital\":%d,\"hospital\":\"%s\",\"hospitalLevel\":\"%s\",\"icd10\":\"%s\","
                        + "\"totalCost\":\"%s\",\"basicInsurancePaid\":\"%s\",\"inScopeSelfPay\":\"%s\",\"outOfScopeSelfPay\":\"%s\","
                        + "\"invoiceNumbers\":[\"%s\"],\"receivedOn\":\"%s\"}\n",
                id, admitted, discharged, days, hospital[0], hospital[1], ICD[random.nextInt(ICD.length)], yuan(totalFen), yuan(basic),
                yuan(in), yuan(out), invoice, received(random, discharged, receivedBy));
    }

    /** Lag from discharge to receipt: log-normal, median ~50 days (mostly 1–3 months), a tail beyond a year. */
    private static LocalDate received(Random random, LocalDate discharged, LocalDate receivedBy) {
        long lag = Math.round(Math.exp(Math.log(50) + 0.6 * random.nextGaussian()));
        LocalDate day = discharged.plusDays(lag);
        return day.isAfter(receivedBy) ? (discharged.isAfter(receivedBy) ? discharged : receivedBy) : day;
    }

    private static LocalDate day(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(from, to))));
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static int age(Random random, double[] bands, int base, int below) {
        while (true) {
            double total = 0;
            for (double w : bands) {
                total += w;
            }
            double r = random.nextDouble() * total;
            int band = 0;
            while (r >= bands[band]) {
                r -= bands[band++];
            }
            int age = base + band * 5 + random.nextInt(5);
            if (age < below) {
                return age;
            }
        }
    }

    private static String residentId(Random random, Set<Long> used, LocalDate period, int age, boolean male) {
        while (true) {
            LocalDate birth = period.minusYears(age + 1).plusDays(1 + random.nextInt(364));
            String first17 = String.format("%06d%04d%02d%02d%03d", REGIONS[random.nextInt(REGIONS.length)], birth.getYear(),
                    birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(500) * 2 + (male ? 1 : 0));
            if (!used.add(Long.parseLong(first17))) {
                continue;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * WEIGHTS[i];
            }
            return first17 + CHECK[sum % 11];
        }
    }

    private static Writer writer(Path path) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
    }
}
