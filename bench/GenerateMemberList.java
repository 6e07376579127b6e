import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Writes a unit's member list as CSV (UTF-8) to standard output: a header and N working members with valid
 * resident IDs, deterministic for a seed. Usage: java bench/GenerateMemberList.java ROWS [SEED]
 */
public class GenerateMemberList {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "胡", "沈", "顾"};
    private static final String[] GIVEN = {"建国", "秀英", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"};

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42L);
        Set<String> used = new HashSet<>();
        LocalDate periodStart = LocalDate.now().withDayOfMonth(1);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("身份证号,姓名,性别,在职状态,参加职工医保,困难职工,份数\n");
            while (used.size() < rows) {
                boolean male = random.nextBoolean();
                int age = 22 + random.nextInt(male ? 36 : 31);
                LocalDate birth = periodStart.minusYears(age + 1).plusDays(random.nextInt(360));
                String first17 = String.format("%06d%04d%02d%02d%03d", 310101 + random.nextInt(20) * 1,
                        birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(500) * 2 + (male ? 1 : 0));
                int sum = 0;
                for (int i = 0; i < 17; i++) {
                    sum += (first17.charAt(i) - '0') * WEIGHTS[i];
                }
                String id = first17 + CHECK[sum % 11];
                if (!used.add(id)) {
                    continue;
                }
                out.write(id + "," + SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + ","
                        + (male ? "男" : "女") + ",在职," + "是," + (random.nextInt(100) < 3 ? "是" : "否") + ",1\n");
            }
        }
    }
}
